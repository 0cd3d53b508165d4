package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Scores over the responses (and reviews) of a key. nps −100…100; csat = % of 4–5; ces = mean
 * (1–7); sentiment = mean score of analysed comments; reviewRating = mean review rating.
 */
public record FeedbackSummary(
        @Schema(nullable = true) String journeyId,
        @Schema(nullable = true) String stageKey,
        @Schema(nullable = true) String touchpointId,
        @Schema(nullable = true) Instant from,
        @Schema(nullable = true) Instant to,
        @Schema(nullable = true) Double nps,
        @Schema(nullable = true) Double csat,
        @Schema(nullable = true) Double ces,
        int responses,
        int promoters,
        int passives,
        int detractors,
        int satisfied,
        int dissatisfied,
        @Schema(nullable = true) Double sentiment,
        int reviews,
        @Schema(nullable = true) Double reviewRating,
        String interval,
        List<TrendPoint> trend,
        @Schema(description = "The 10 most frequent themes of negative feedback, most frequent first")
        List<ThemeCount> topThemes,
        @Schema(description = "How many distinct themes the negative feedback has: topThemes lists the top 10 of them")
        int themesFound) {

    public record TrendPoint(String period, int responses, @Schema(nullable = true) Double nps,
                             @Schema(nullable = true) Double csat, @Schema(nullable = true) Double ces,
                             @Schema(nullable = true) Double sentiment) {
    }

    public record ThemeCount(String theme, String key, int count) {
    }
}
