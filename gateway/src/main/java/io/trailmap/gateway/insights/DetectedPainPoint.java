package io.trailmap.gateway.insights;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A stage where customers drop off more than the journey's median and the feedback is negative, with the evidence")
public record DetectedPainPoint(@NonNull String stageKey, @NonNull Double dropOffRate, @NonNull Double medianDropOffRate,
                                @NonNull Integer dropOff, Double nps, Double csat, Double sentiment, List<String> themes,
                                @NonNull String evidence) {
}
