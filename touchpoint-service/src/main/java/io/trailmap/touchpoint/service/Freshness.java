package io.trailmap.touchpoint.service;

import io.trailmap.common.problem.Problem;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.problem.RetryLater;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.ingest.IngestWatermark;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Read-your-writes for analytics (DESIGN §5 "Freshness"): {@code minDataAsOf} waits, up to
 * {@code trailmap.analytics.max-wait}, until the caller's tenant is counted up to that instant; then
 * 503 with Retry-After. Answers the watermark the analytics are computed at.
 */
@ApplicationScoped
public class Freshness {

    private static final Duration POLL = Duration.ofMillis(20);

    private final IngestWatermark watermark;
    private final CurrentTenant tenant;
    private final Duration maxWait;
    private final Duration maxLag;

    public Freshness(IngestWatermark watermark, CurrentTenant tenant,
                     @ConfigProperty(name = "trailmap.analytics.max-wait", defaultValue = "PT5S") Duration maxWait,
                     @ConfigProperty(name = "trailmap.analytics.max-lag", defaultValue = "PT10S") Duration maxLag) {
        this.watermark = watermark;
        this.tenant = tenant;
        this.maxWait = maxWait;
        this.maxLag = maxLag;
    }

    /** The published bound of the lag (DESIGN §5), kept by {@link io.trailmap.touchpoint.ingest.BackPressure}. */
    public Duration maxLag() {
        return maxLag;
    }

    /** The tenant's watermark, once its {@code dataAsOf} is at or after {@code minDataAsOf} (null or blank: at once). */
    public Watermark await(String minDataAsOf) {
        Instant wanted = parse(minDataAsOf);
        long deadline = System.nanoTime() + maxWait.toNanos();
        Watermark current = watermark.of(tenant.id());
        while (wanted != null && current.dataAsOf().isBefore(wanted)) {
            if (System.nanoTime() >= deadline) {
                long retryAfter = Math.max(1, maxWait.toSeconds());
                throw new RetryLater(Problem.of(503, "not-counted-yet", "Service Unavailable",
                        "Events acknowledged up to " + wanted + " are not all counted yet (counted up to "
                                + current.dataAsOf() + " after waiting " + maxWait.toMillis() + " ms): retry after "
                                + retryAfter + " s"), retryAfter);
            }
            sleep();
            current = watermark.of(tenant.id());
        }
        return current.requiring(wanted);
    }

    private static Instant parse(String minDataAsOf) {
        if (minDataAsOf == null || minDataAsOf.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(minDataAsOf.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("minDataAsOf", "must be an ISO-8601 instant, e.g. 2026-05-01T10:00:00.123Z");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rollups", e);
        }
    }
}
