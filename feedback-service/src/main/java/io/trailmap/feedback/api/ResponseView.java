package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record ResponseView(
        String id,
        String responseId,
        @Schema(nullable = true) String surveyId,
        String kind,
        @Schema(nullable = true) Integer score,
        @Schema(nullable = true) String category,
        @Schema(nullable = true) String comment,
        String language,
        @Schema(nullable = true) SentimentView sentiment,
        @Schema(description = "Keys of the aspects the comment talks about (see aspects)") List<String> themes,
        @Schema(description = "The aspects the comment talks about, each with its own sentiment") List<AspectView> aspects,
        @Schema(nullable = true) String customerId,
        @Schema(nullable = true) String journeyId,
        @Schema(nullable = true) String stageKey,
        @Schema(nullable = true) String touchpointId,
        @Schema(nullable = true) String channel,
        @Schema(nullable = true) Map<String, Object> answers,
        Instant submittedAt,
        Instant receivedAt,
        @Schema(nullable = true) String followUpId) {
}
