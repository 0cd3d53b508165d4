package io.trailmap.touchpoint.analytics;

/**
 * One stage of a funnel. {@code conversionFromPrevious} and {@code dropOff} compare with the
 * previous stage (null and 0 for the first); {@code medianTimeToNext} is an ISO-8601 duration,
 * null for the last stage or when nobody went on.
 */
public record FunnelStep(String stageKey, int customers, Double conversionFromPrevious, Double conversionFromStart,
                         int dropOff, String medianTimeToNext) {
}
