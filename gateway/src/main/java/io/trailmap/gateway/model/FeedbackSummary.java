package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("NPS (−100…100), CSAT (% of 4–5), CES (mean 1–7), counts, mean sentiment and top negative themes")
public record FeedbackSummary(Double nps, Double csat, Double ces, @NonNull Integer responses, Integer promoters,
                              Integer passives, Integer detractors, Double sentiment, Integer reviews, Double reviewRating,
                              List<@NonNull Theme> topThemes) {

    @Description("A theme of negative feedback and how often it came up")
    public record Theme(@NonNull String theme, @NonNull Integer count) {
    }
}
