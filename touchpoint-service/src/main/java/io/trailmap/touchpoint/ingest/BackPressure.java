package io.trailmap.touchpoint.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.trailmap.common.problem.Problem;
import io.trailmap.common.problem.RetryLater;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * Keeps the lag bounded (DESIGN §5 "Freshness"): when the oldest queued, not yet counted batch of any
 * tenant is older than {@code trailmap.ingest.backpressure-lag} (default half of
 * {@code trailmap.analytics.max-lag}), new batches are refused with 429 and Retry-After until the
 * worker catches up — before the lag can pass the maximum. The age is read from the database at most
 * every {@code trailmap.ingest.lag-probe-every}, so every replica sees the same backlog. Well before
 * that, from {@code trailmap.ingest.help-lag} on, {@link #countingBehind()} asks ingestion requests to
 * help the rollup worker.
 */
@ApplicationScoped
public class BackPressure {

    private static final String OLDEST = "SELECT extract(epoch FROM statement_timestamp() - min(queued_at)) AS age FROM rollup_work";

    private final Sql sql;
    private final Duration threshold;
    private final double helpAfterSeconds;
    private final long probeEveryNanos;
    private final Counter refused;
    private volatile double pendingAgeSeconds;
    private volatile long probedAt = Long.MIN_VALUE / 2;

    public BackPressure(Sql sql, MeterRegistry registry,
                        @ConfigProperty(name = "trailmap.analytics.max-lag", defaultValue = "PT10S") Duration maxLag,
                        @ConfigProperty(name = "trailmap.ingest.backpressure-lag") java.util.Optional<Duration> threshold,
                        @ConfigProperty(name = "trailmap.ingest.lag-probe-every", defaultValue = "PT0.2S") Duration probeEvery,
                        @ConfigProperty(name = "trailmap.ingest.help-lag", defaultValue = "PT0.25S") Duration helpAfter) {
        this.sql = sql;
        this.threshold = threshold.orElse(maxLag.dividedBy(2));
        this.helpAfterSeconds = helpAfter.toNanos() / 1e9;
        if (this.threshold.compareTo(maxLag) >= 0) {
            throw new IllegalArgumentException("trailmap.ingest.backpressure-lag must be below trailmap.analytics.max-lag");
        }
        this.probeEveryNanos = probeEvery.toNanos();
        this.refused = Counter.builder("trailmap.ingest.backpressure")
                .description("Batches refused with 429 because the rollups fell behind").register(registry);
        Gauge.builder("trailmap.ingest.pending.age", this, BackPressure::pendingAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest acknowledged batch not yet counted by the rollups (0 when none)").register(registry);
        Gauge.builder("trailmap.ingest.max.lag", maxLag, lag -> lag.toNanos() / 1e9).baseUnit("seconds")
                .description("The lag from acknowledgement to counted that ingestion keeps below (trailmap.analytics.max-lag)")
                .register(registry);
    }

    /** Throws 429 when the rollups are too far behind; else lets the batch in. */
    public void check() {
        double age = pendingAgeSeconds();
        if (age >= threshold.toNanos() / 1e9) {
            refused.increment();
            long retryAfter = Math.max(1, (long) Math.ceil(threshold.toNanos() / 1e9 / 2));
            throw new RetryLater(Problem.of(429, "back-pressure", "Too Many Requests",
                    "Counting of acknowledged events is " + Math.round(age * 1000) + " ms behind (limit "
                            + threshold.toMillis() + " ms before the published maximum lag): retry after " + retryAfter + " s"),
                    retryAfter);
        }
    }

    /** Whether the oldest queued batch waits longer than {@code trailmap.ingest.help-lag}: requests should help count. */
    public boolean countingBehind() {
        return pendingAgeSeconds() >= helpAfterSeconds;
    }

    /** The age of the oldest queued batch, re-read when the last reading is older than the probe interval. */
    public double pendingAgeSeconds() {
        long now = System.nanoTime();
        if (now - probedAt >= probeEveryNanos) {
            synchronized (this) {
                if (now - probedAt >= probeEveryNanos) {
                    Double age = sql.list(OLDEST, List.of(), row -> {
                        double seconds = row.getDouble("age");
                        return row.wasNull() ? 0.0 : Math.max(0, seconds);
                    }).getFirst();
                    pendingAgeSeconds = age;
                    probedAt = System.nanoTime();
                }
            }
        }
        return pendingAgeSeconds;
    }
}
