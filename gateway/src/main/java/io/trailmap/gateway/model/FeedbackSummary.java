package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("NPS (−100…100), CSAT (% of 4–5), CES (mean 1–7), counts, mean sentiment and the aspects the comments name most")
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
        @Description("The 10 aspects (built-in or the tenant's themes) the comments name most often, most mentioned first; "
                + "themesFound says how many there are")
        List<@NonNull Theme> topThemes,
        @Description("How many distinct aspects the comments name (topThemes lists the top 10)") Integer themesFound) {

    @Description("An aspect the comments name, how often and how they feel about it")
    public record Theme(@NonNull @Description("The aspect's label (kept from v1, where it was a key word)") String theme,
                        @Description("The aspect's key, e.g. DELIVERY") String key,
                        @Description("The aspect's label, e.g. Delivery") String label,
                        @NonNull @Description("Comments (responses and reviews) that name it") Integer count,
                        @Description("count ÷ the analysed comments of the summary, 0…1") Double share,
                        @Description("Mean sentiment −1…1 of what the comments say about it") Double sentiment,
                        @Description("Comments whose words about it read negative") Integer negative,
                        @Description("share minus its share in the previous period of the same length; null without a start or earlier comments")
                        Double change,
                        @Description("Comments that named it in the previous period; null when change is") Integer previousCount,
                        @Description("Up to three of the newest comments naming it, e-mail addresses and phone numbers masked")
                        List<@NonNull String> examples) {
    }
}
