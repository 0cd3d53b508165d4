package io.trailmap.touchpoint.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.api.IngestResult;
import io.trailmap.touchpoint.ingest.BatchParser;
import io.trailmap.touchpoint.ingest.InteractionWriter;
import io.trailmap.touchpoint.ingest.ParsedBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Validates a batch event by event and stores the good events, with their rollups, in one transaction. */
@ApplicationScoped
public class IngestionService {

    private final BatchParser parser;
    private final InteractionWriter writer;
    private final CurrentTenant tenant;
    private final IngestionQuota quota;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter rejected;

    public IngestionService(BatchParser parser, InteractionWriter writer, CurrentTenant tenant, IngestionQuota quota,
                            MeterRegistry registry) {
        this.parser = parser;
        this.writer = writer;
        this.tenant = tenant;
        this.quota = quota;
        this.accepted = registry.counter("trailmap.interactions.ingested", "outcome", "accepted");
        this.duplicates = registry.counter("trailmap.interactions.ingested", "outcome", "duplicate");
        this.rejected = registry.counter("trailmap.interactions.ingested", "outcome", "rejected");
    }

    @Transactional
    public IngestResult ingest(JsonNode body) {
        ParsedBatch batch = parser.parse(body);
        quota.take(tenant.id(), batch.valid().size() + batch.rejected().size());
        int stored = writer.write(tenant.id(), batch.valid());
        int duplicateCount = batch.valid().size() - stored;
        accepted.increment(stored);
        duplicates.increment(duplicateCount);
        rejected.increment(batch.rejected().size());
        return new IngestResult(stored, duplicateCount, batch.rejected());
    }
}
