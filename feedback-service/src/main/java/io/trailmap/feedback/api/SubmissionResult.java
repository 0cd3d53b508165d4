package io.trailmap.feedback.api;

import io.trailmap.common.batch.BatchItems;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** {@code 202 {accepted, duplicates, rejected, results}}: what happened to each response of a submission. */
public record SubmissionResult(int accepted, int duplicates, List<BatchItems.Rejected> rejected, List<Item> results) {

    public record Item(int index, String responseId, String id, String status,
                       @Schema(nullable = true) String category, @Schema(nullable = true) String language,
                       @Schema(nullable = true) SentimentView sentiment,
                       @Schema(description = "Keys of the aspects the comment talks about") List<String> themes,
                       @Schema(description = "The aspects the comment talks about, each with its own sentiment") List<AspectView> aspects,
                       @Schema(nullable = true) String followUpId) {
    }
}
