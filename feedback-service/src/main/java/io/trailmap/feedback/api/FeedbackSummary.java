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
        @Schema(description = "The 10 aspects (built-in or the tenant's themes) the comments name most often, most mentioned first")
        List<ThemeCount> topThemes,
        @Schema(description = "How many distinct aspects the comments name: topThemes lists the top 10 of them")
        int themesFound) {

    public record TrendPoint(String period, int responses, @Schema(nullable = true) Double nps,
                             @Schema(nullable = true) Double csat, @Schema(nullable = true) Double ces,
                             @Schema(nullable = true) Double sentiment) {
    }

    @Schema(description = "An aspect the comments name, how often and how they feel about it")
    public record ThemeCount(
            @Schema(description = "The aspect's label (kept for clients of v1, where it was a key word)") String theme,
            @Schema(examples = "DELIVERY") String key,
            @Schema(examples = "Delivery") String label,
            @Schema(description = "Comments (responses and reviews) that name it") int count,
            @Schema(description = "count ÷ the analysed comments of the summary, 0…1") double share,
            @Schema(nullable = true, description = "Mean sentiment (−1…1) of what the comments say about it") Double sentiment,
            @Schema(description = "Comments whose words about it read negative") int negative,
            @Schema(nullable = true, description = "share minus its share in the previous period of the same length (from − (to − from) … from); "
                    + "null without from, or when that period has no analysed comment") Double change,
            @Schema(nullable = true, description = "Comments that named it in the previous period; null when change is") Integer previousCount,
            @Schema(maxItems = 3, description = "Up to three of the newest comments that name it, e-mail addresses and phone numbers masked")
            List<String> examples) {
    }
}
