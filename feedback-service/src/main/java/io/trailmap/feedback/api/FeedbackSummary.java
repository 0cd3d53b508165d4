package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Scores over the responses (and reviews) of a key. nps −100…100; csat = % of 4–5; ces = mean
 * (1–7); sentiment = mean score of analysed comments; reviewRating = mean review rating.
 */
public record FeedbackSummary(String journeyId, String stageKey, String touchpointId, Instant from, Instant to,
                              Double nps, Double csat, Double ces, int responses, int promoters, int passives,
                              int detractors, int satisfied, int dissatisfied, Double sentiment, int reviews,
                              Double reviewRating, String interval, List<TrendPoint> trend,
                              @Schema(description = "The 10 most frequent themes of negative feedback, most frequent first")
                              List<ThemeCount> topThemes,
                              @Schema(description = "How many distinct themes the negative feedback has: topThemes lists the top 10 of them")
                              int themesFound) {

    public record TrendPoint(String period, int responses, Double nps, Double csat, Double ces, Double sentiment) {
    }

    public record ThemeCount(String theme, String key, int count) {
    }
}
