package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.analytics.FunnelStep;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record FunnelView(UUID journeyId, String window, Instant from, Instant to, String variant, List<FunnelStep> stages) {
}
