package io.trailmap.touchpoint.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One stage of a funnel. {@code conversionFromPrevious} and {@code dropOff} compare with the
 * previous stage (null and 0 for the first); {@code medianTimeToNext} is an ISO-8601 duration,
 * null for the last stage or when nobody went on.
 */
public record FunnelStep(
        String stageKey,
        int customers,
        @Schema(nullable = true, description = "Null for the first stage") Double conversionFromPrevious,
        @Schema(nullable = true) Double conversionFromStart,
        int dropOff,
        @Schema(nullable = true, description = "ISO-8601 duration; null when nobody went on") String medianTimeToNext) {
}
