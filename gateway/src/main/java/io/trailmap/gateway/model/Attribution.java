package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("Credit of conversions per touchpoint and per channel; rule-based credits sum to `conversions`")
public record Attribution(
        @Description("The journey whose conversions are credited") @Id String journeyId,
        @Description("The attribution model used") String model,
        @Description("How far before a conversion touches count (ISO-8601 duration)") String lookback,
        @NonNull @Description("Conversions credited") Integer conversions,
        @NonNull @Description("Credit per touchpoint, highest first: every touchpoint credited") List<@NonNull TouchpointCredit> touchpoints,
        @NonNull @Description("Credit per channel, highest first: every channel credited") List<@NonNull ChannelCredit> channels) {

    @Description("A touchpoint's share of the conversions")
    public record TouchpointCredit(@NonNull @Description("The touchpoint's id") @Id String touchpointId,
                                   @Description("The touchpoint's name") String name,
                                   @Description("The touchpoint's channel") String channel,
                                   @NonNull @Description("Conversions credited to it") Double credit,
                                   @NonNull @Description("credit / conversions (0…1)") Double share) {
    }

    @Description("A channel's share of the conversions")
    public record ChannelCredit(@NonNull @Description("The channel") String channel,
                                @NonNull @Description("Conversions credited to it") Double credit,
                                @NonNull @Description("credit / conversions (0…1)") Double share) {
    }
}
