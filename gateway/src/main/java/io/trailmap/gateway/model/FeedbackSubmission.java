package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("What happened to submitted responses: stored with their analysis, duplicates, and rejections with reasons")
public record FeedbackSubmission(
        @NonNull @Description("Responses stored") Integer accepted,
        @NonNull @Description("Responses already known by responseId") Integer duplicates,
        @NonNull @Description("Responses not stored, with reasons (all of them; a submission holds at most 1 000)") List<IngestResult.@NonNull Rejected> rejected,
        @NonNull @Description("Per stored or known response, what was read from it (all of them)") List<@NonNull Result> results) {

    @Description("One stored (or already known) response and what the platform read from it")
    public record Result(@NonNull @Description("Position in the submitted list") Integer index,
                         @NonNull @Description("The response's id") @Id String responseId,
                         @NonNull @Description("CREATED or DUPLICATE") String status,
                         @Description("promoter, passive, detractor, satisfied…") String category,
                         @Description("Detected or given language") String language,
                         @Description("Sentiment of the comment") Sentiment sentiment,
                         @Description("Keys of the aspects the comment talks about") List<String> themes,
                         @Description("The aspects the comment talks about, each with its own sentiment") List<@NonNull Aspect> aspects,
                         @Description("The follow-up case it opened, if any") @Id String followUpId) {
    }

    @Description("An aspect of the experience a comment talks about, with the sentiment of the words around it")
    public record Aspect(@NonNull @Description("DELIVERY, PRICE_FEES, STAFF, WAITING, CHECKOUT_PAYMENT, APP_WEBSITE, SUPPORT, "
                                 + "PRODUCT_QUALITY, RETURNS_REFUNDS, ONBOARDING, BILLING, OTHER or a key of the tenant's themes") String key,
                         @NonNull @Description("Label for people") String label,
                         @Description("Sentiment of the clauses that name it") Sentiment sentiment,
                         @Description("The comment's words that named it") List<@NonNull String> terms) {
    }

    @Description("Sentiment of a comment: score −1…1 and label")
    public record Sentiment(@Description("−1 (negative) … 1 (positive)") Double score,
                            @Description("NEGATIVE, NEUTRAL or POSITIVE") String label) {
    }
}
