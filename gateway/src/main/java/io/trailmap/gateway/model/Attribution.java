package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("Credit of conversions per touchpoint and per channel; rule-based credits sum to `conversions`")
public record Attribution(String journeyId, String model, String lookback, @NonNull Integer conversions,
                          @NonNull List<@NonNull TouchpointCredit> touchpoints, @NonNull List<@NonNull ChannelCredit> channels) {

    @Description("A touchpoint's share of the conversions")
    public record TouchpointCredit(@NonNull String touchpointId, String name, String channel, @NonNull Double credit,
                                   @NonNull Double share) {
    }

    @Description("A channel's share of the conversions")
    public record ChannelCredit(@NonNull String channel, @NonNull Double credit, @NonNull Double share) {
    }
}
