package io.trailmap.gateway.insights;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("Per stage what happens (funnel) beside what customers say (feedback), and the pain points both reveal."
        + " `unavailable` names services that could not be asked: their numbers are null.")
public record JourneyInsights(@Id @NonNull String journeyId, @NonNull List<@NonNull StageInsight> stages,
                              @NonNull List<@NonNull DetectedPainPoint> painPoints, @NonNull List<@NonNull String> unavailable) {
}
