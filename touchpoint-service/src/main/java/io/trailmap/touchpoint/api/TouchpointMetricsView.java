package io.trailmap.touchpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code reach}: distinct customers; {@code conversions}: customers who converted (PURCHASE in the
 * same journey) at or after touching it; {@code conversionRate} = conversions / reach.
 */
public record TouchpointMetricsView(
        UUID touchpointId,
        @Schema(nullable = true) Instant from,
        @Schema(nullable = true) Instant to,
        long reach,
        long interactions,
        long conversions,
        @Schema(nullable = true, description = "Null when the touchpoint reached nobody") Double conversionRate,
        List<Day> trend,
        @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf) {

    public record Day(LocalDate day, long interactions, long customers) {
    }
}
