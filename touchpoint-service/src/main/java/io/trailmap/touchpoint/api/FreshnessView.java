package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;

/** {@code GET /analytics/freshness}: how far the caller's tenant is counted. */
public record FreshnessView(
        @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf,
        @Schema(nullable = true, description = "When the oldest acknowledged batch not counted yet was stored; null when every"
                + " acknowledged event is counted") Instant oldestPendingAt,
        @Schema(description = "The published bound of the lag from acknowledgement to counted (ISO-8601): ingestion answers"
                + " 429 before it is passed") String maxLag) {

    public static FreshnessView of(Watermark watermark, Duration maxLag) {
        return new FreshnessView(watermark.dataAsOf(), watermark.oldestQueuedAt(), maxLag.toString());
    }
}
