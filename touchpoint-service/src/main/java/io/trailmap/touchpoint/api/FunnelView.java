package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.analytics.FunnelStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record FunnelView(UUID journeyId, String window, @Schema(nullable = true) Instant from,
                         @Schema(nullable = true) Instant to, @Schema(nullable = true) String variant, List<FunnelStep> stages,
        @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf) {
}
