package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.analytics.AttributionModel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Credits sorted by credit, highest first; {@code share} is credit / conversions. */
public record AttributionView(
        UUID journeyId,
        AttributionModel model,
        String lookback,
        @Schema(nullable = true, description = "TIME_DECAY only") String halfLife,
        @Schema(nullable = true, description = "Null: conversions are PURCHASE interactions") String conversionStage,
        int conversions,
        List<TouchpointCredit> touchpoints,
        List<ChannelCredit> channels,
        @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf) {

    public record TouchpointCredit(
            UUID touchpointId,
            @Schema(nullable = true, description = "Null when not in the catalogue") String name,
            @Schema(nullable = true, description = "Null when not in the catalogue") String channel,
            double credit,
            double share) {
    }

    public record ChannelCredit(String channel, double credit, double share) {
    }
}
