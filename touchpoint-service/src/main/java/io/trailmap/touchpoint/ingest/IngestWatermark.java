package io.trailmap.touchpoint.ingest;

import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * How far a tenant's rollups have counted, read from the database (so every replica answers alike):
 * the queued work items are the durable watermark. {@code dataAsOf} is the oldest queued item's time,
 * or the database's clock when nothing is queued: every event acknowledged before it is counted,
 * because an item is queued before its batch is acknowledged and deleted only when folded.
 */
@ApplicationScoped
public class IngestWatermark {

    private static final String READ = """
            SELECT statement_timestamp() AS now,
                   (SELECT min(queued_at) FROM rollup_work WHERE tenant_id = ?) AS oldest_queued,
                   v.version, v.epoch
            FROM (SELECT 1) one LEFT JOIN rollup_versions v ON v.tenant_id = ?""";

    private final Sql sql;

    public IngestWatermark(Sql sql) {
        this.sql = sql;
    }

    /**
     * @param dataAsOf       every event acknowledged before this instant is counted
     * @param oldestQueuedAt the oldest event not counted yet, null when everything is
     * @param version        changes whenever the tenant's rollups do (fold, erasure, retention)
     * @param epoch          changes whenever data is taken away from them (erasure, retention)
     * @param readAt         the database's clock when this was read
     * @param required       the caller's {@code minDataAsOf}, null when it asked for none
     */
    public record Watermark(Instant dataAsOf, Instant oldestQueuedAt, long version, long epoch, Instant readAt, Instant required) {

        public Watermark requiring(Instant minDataAsOf) {
            return new Watermark(dataAsOf, oldestQueuedAt, version, epoch, readAt, minDataAsOf);
        }
    }

    /** Read before the analytics it describes: they see at least what was counted by then. */
    public Watermark of(String tenant) {
        return sql.list(READ, List.of(tenant, tenant), row -> {
            Instant now = Sql.instant(row, "now");
            Instant oldest = Sql.instant(row, "oldest_queued");
            return new Watermark(oldest == null || oldest.isAfter(now) ? now : oldest, oldest, row.getLong("version"),
                    row.getLong("epoch"), now, null);
        }).getFirst();
    }

    /** The database's clock now: what an acknowledgement is stamped with, after its commit. */
    public Instant now() {
        return sql.list("SELECT statement_timestamp() AS now", List.of(), row -> Sql.instant(row, "now")).getFirst();
    }
}
