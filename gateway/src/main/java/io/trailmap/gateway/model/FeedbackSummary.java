package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("NPS (−100…100), CSAT (% of 4–5), CES (mean 1–7), counts, mean sentiment and top negative themes")
public record FeedbackSummary(
        @Description("Net Promoter Score: % promoters (9–10) − % detractors (0–6), −100…100; null without NPS answers") Double nps,
        @Description("% of CSAT answers that are 4 or 5; null without CSAT answers") Double csat,
        @Description("Mean Customer Effort Score 1–7; null without CES answers") Double ces,
        @NonNull @Description("Responses counted") Integer responses,
        @Description("NPS answers 9–10") Integer promoters,
        @Description("NPS answers 7–8") Integer passives,
        @Description("NPS answers 0–6") Integer detractors,
        @Description("Mean sentiment of comments, −1…1") Double sentiment,
        @Description("Reviews counted") Integer reviews,
        @Description("Mean review rating 1–5") Double reviewRating,
        @Description("The 10 most frequent themes of negative comments, most frequent first; themesFound says how many there are")
        List<@NonNull Theme> topThemes,
        @Description("How many distinct themes the negative comments have (topThemes lists the top 10)") Integer themesFound) {

    @Description("A theme of negative feedback and how often it came up")
    public record Theme(@NonNull @Description("The theme, e.g. delivery") String theme,
                        @NonNull @Description("Negative comments with this theme") Integer count) {
    }
}
