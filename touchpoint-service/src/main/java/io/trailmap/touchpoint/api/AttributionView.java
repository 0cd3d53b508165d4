package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.analytics.AttributionModel;

import java.util.List;
import java.util.UUID;

/** Credits sorted by credit, highest first; {@code share} is credit / conversions. */
public record AttributionView(UUID journeyId, AttributionModel model, String lookback, String halfLife,
                              String conversionStage, int conversions,
                              List<TouchpointCredit> touchpoints, List<ChannelCredit> channels) {

    public record TouchpointCredit(UUID touchpointId, String name, String channel, double credit, double share) {
    }

    public record ChannelCredit(String channel, double credit, double share) {
    }
}
