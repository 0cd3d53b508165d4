package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("What happened to submitted responses: stored with their analysis, duplicates, and rejections with reasons")
public record FeedbackSubmission(@NonNull Integer accepted, @NonNull Integer duplicates,
                                 @NonNull List<IngestResult.@NonNull Rejected> rejected, @NonNull List<@NonNull Result> results) {

    @Description("One stored (or already known) response and what the platform read from it")
    public record Result(@NonNull Integer index, @NonNull String responseId, @NonNull String status, String category,
                         String language, Sentiment sentiment, List<String> themes, String followUpId) {
    }

    @Description("Sentiment of a comment: score −1…1 and label")
    public record Sentiment(Double score, String label) {
    }
}
