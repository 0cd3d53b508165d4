package io.trailmap.touchpoint.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.api.IngestResult;
import io.trailmap.touchpoint.ingest.BackPressure;
import io.trailmap.touchpoint.ingest.BatchParser;
import io.trailmap.touchpoint.ingest.IngestWatermark;
import io.trailmap.touchpoint.ingest.InteractionWriter;
import io.trailmap.touchpoint.ingest.ParsedBatch;
import io.trailmap.touchpoint.ingest.RollupWorker;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

import java.time.Instant;

/**
 * Validates a batch event by event, stores the good events in one transaction and acknowledges them
 * once committed; the rollups count them a moment later ({@link RollupWorker}). While counting is
 * behind, the request folds a few queued batches itself before it answers (slowing its client as much as
 * counting needs); when it is far behind, the batch is refused ({@link BackPressure}). At most
 * {@value #MAX_CONCURRENT_BATCHES} batches are handled at once per replica (configurable as
 * {@code IngestionService/ingest/Bulkhead/value}): more would wait for database connections that analytics
 * and the rollup worker need too; a batch beyond it is refused at once with 429 (see InteractionResource).
 */
@ApplicationScoped
public class IngestionService {

    static final int MAX_CONCURRENT_BATCHES = 8;

    private final BatchParser parser;
    private final InteractionWriter writer;
    private final CurrentTenant tenant;
    private final IngestionQuota quota;
    private final BackPressure backPressure;
    private final IngestWatermark watermark;
    private final RollupWorker worker;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter rejected;

    public IngestionService(BatchParser parser, InteractionWriter writer, CurrentTenant tenant, IngestionQuota quota,
                            BackPressure backPressure, IngestWatermark watermark, RollupWorker worker, MeterRegistry registry) {
        this.parser = parser;
        this.writer = writer;
        this.tenant = tenant;
        this.quota = quota;
        this.backPressure = backPressure;
        this.watermark = watermark;
        this.worker = worker;
        this.accepted = registry.counter("trailmap.interactions.ingested", "outcome", "accepted");
        this.duplicates = registry.counter("trailmap.interactions.ingested", "outcome", "duplicate");
        this.rejected = registry.counter("trailmap.interactions.ingested", "outcome", "rejected");
    }

    @Bulkhead(MAX_CONCURRENT_BATCHES)
    public IngestResult ingest(JsonNode body) {
        backPressure.check();   // first: a refused batch costs no parsing
        ParsedBatch batch = parser.parse(body);
        quota.take(tenant.id(), batch.valid().size() + batch.rejected().size());
        String owner = tenant.id();
        int stored = QuarkusTransaction.requiringNew().call(() -> writer.write(owner, batch.valid()));
        // committed: stamped now by the database's clock, so acknowledgedAt ≤ a later dataAsOf that counts it
        Instant acknowledgedAt = watermark.now();
        if (stored > 0) {
            worker.nudge();
            if (backPressure.countingBehind()) {
                worker.help();
            }
        }
        int duplicateCount = batch.valid().size() - stored;
        accepted.increment(stored);
        duplicates.increment(duplicateCount);
        rejected.increment(batch.rejected().size());
        return new IngestResult(stored, duplicateCount, batch.rejected(), acknowledgedAt);
    }
}
