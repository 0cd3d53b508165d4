package io.trailmap.touchpoint.service;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Deployment-wide retention: interactions older than {@code trailmap.retention.interactions}
 * (an ISO-8601 duration; unset keeps everything) are purged on a schedule, a chunk per transaction,
 * and the rollups of every customer they belonged to are rebuilt from the events that remain and are
 * counted already (queued ones are the rollup worker's) — so funnels read from rollups keep agreeing
 * with the raw events.
 */
@ApplicationScoped
public class InteractionRetention {

    private static final Logger LOG = Logger.getLogger(InteractionRetention.class);
    private static final int CHUNK = 5_000;
    /** An event still queued for the rollup worker: it is counted when folded, not by a rebuild. */
    private static final String QUEUED = "EXISTS (SELECT 1 FROM rollup_work w WHERE w.tenant_id = i.tenant_id"
            + " AND i.seq BETWEEN w.first_seq AND w.last_seq)";

    private final Sql sql;
    private final Clock clock;
    private final Optional<Duration> keep;
    private final RollupLocks locks;
    private final RollupVersions versions;

    public InteractionRetention(Sql sql, Clock clock, @ConfigProperty(name = "trailmap.retention.interactions") Optional<Duration> keep,
                                RollupLocks locks, RollupVersions versions) {
        this.sql = sql;
        this.locks = locks;
        this.versions = versions;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(every = "${trailmap.retention.every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        keep.ifPresent(age -> {
            long purged = purgeBefore(clock.instant().minus(age));
            if (purged > 0) {
                LOG.infof("retention: purged %d interactions older than %s", purged, age);
            }
        });
    }

    /** Purges every interaction that occurred before {@code cutoff}, across tenants; answers how many went. */
    public long purgeBefore(Instant cutoff) {
        long total = 0;
        int purged;
        do {
            purged = QuarkusTransaction.requiringNew().call(() -> purgeChunk(cutoff));
            total += purged;
        } while (purged > 0);
        return total;
    }

    private int purgeChunk(Instant cutoff) {
        locks.exclusiveForEveryone();   // no fold runs meanwhile: the rebuild below leaves out exactly the events still queued
        sql.update("CREATE TEMP TABLE IF NOT EXISTS retention_keys (tenant_id varchar(64), journey_id uuid, customer_id varchar(128))"
                + " ON COMMIT DELETE ROWS", List.of());
        int purged = sql.list("""
                WITH purged AS (
                    DELETE FROM interactions WHERE ctid = ANY (ARRAY(SELECT ctid FROM interactions WHERE occurred_at < ? LIMIT %d))
                    RETURNING tenant_id, journey_id, customer_id),
                keys AS (INSERT INTO retention_keys SELECT DISTINCT tenant_id, journey_id, customer_id FROM purged RETURNING 1)
                SELECT (SELECT count(*) FROM purged), (SELECT count(*) FROM keys)""".formatted(CHUNK),
                List.of(cutoff), row -> row.getInt(1)).getFirst();
        if (purged == 0) {
            return 0;
        }
        versions.changedForRetentionKeys();
        sql.update("""
                DELETE FROM customer_stage_progress p USING retention_keys k
                WHERE p.tenant_id = k.tenant_id AND p.journey_id = k.journey_id AND p.customer_id = k.customer_id""", List.of());
        sql.update("""
                DELETE FROM customer_journeys c USING retention_keys k
                WHERE c.tenant_id = k.tenant_id AND c.journey_id = k.journey_id AND c.customer_id = k.customer_id""", List.of());
        sql.update("""
                INSERT INTO customer_stage_progress (tenant_id, journey_id, customer_id, stage_key, first_reached_at, last_reached_at,
                                                     interactions, variant, variant_at)
                SELECT i.tenant_id, i.journey_id, i.customer_id, i.stage_key, min(i.occurred_at), max(i.occurred_at), count(*),
                       (array_agg(i.variant ORDER BY i.occurred_at) FILTER (WHERE i.variant IS NOT NULL))[1],
                       min(i.occurred_at) FILTER (WHERE i.variant IS NOT NULL)
                FROM interactions i JOIN retention_keys k
                  ON i.tenant_id = k.tenant_id AND i.journey_id = k.journey_id AND i.customer_id = k.customer_id
                WHERE NOT %s
                GROUP BY i.tenant_id, i.journey_id, i.customer_id, i.stage_key""".formatted(QUEUED), List.of());
        sql.update("""
                INSERT INTO customer_journeys (tenant_id, journey_id, customer_id, first_seen_at, last_seen_at, interactions,
                                               conversions, first_conversion_at, last_conversion_at, touches)
                SELECT i.tenant_id, i.journey_id, i.customer_id, min(i.occurred_at), max(i.occurred_at), count(*),
                       count(*) FILTER (WHERE i.type = 'PURCHASE'), min(i.occurred_at) FILTER (WHERE i.type = 'PURCHASE'),
                       max(i.occurred_at) FILTER (WHERE i.type = 'PURCHASE'),
                       string_agg(touch_bytes(i.occurred_at, i.touchpoint_id, i.stage_key, i.type, i.channel, i.variant), ''::bytea
                                  ORDER BY i.occurred_at, i.event_id)
                FROM interactions i JOIN retention_keys k
                  ON i.tenant_id = k.tenant_id AND i.journey_id = k.journey_id AND i.customer_id = k.customer_id
                WHERE NOT %s
                GROUP BY i.tenant_id, i.journey_id, i.customer_id""".formatted(QUEUED), List.of());
        return purged;
    }
}
