package io.trailmap.gateway.insights;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("Per stage what happens (funnel) beside what customers say (feedback), and the pain points both reveal."
        + " When a service could not be asked its numbers are null, it is named in `unavailable` and an error with"
        + " code UNAVAILABLE says so.")
public record JourneyInsights(@Id @NonNull @Description("The journey measured") String journeyId,
                              @NonNull @Description("Per stage, in the journey's order (every stage)") List<@NonNull StageInsight> stages,
                              @NonNull @Description("Stages in journey order, then touchpoints by drop-off rate, highest first") List<@NonNull DetectedPainPoint> painPoints,
                              @NonNull @Description("Services that could not be asked") List<@NonNull String> unavailable) {
}
