package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A review with its analysis, and the reply with the time it took (ISO-8601 duration). */
public record ReviewView(
        String id,
        String source,
        @Schema(nullable = true) String sourceId,
        int rating,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String text,
        @Schema(nullable = true) String url,
        @Schema(nullable = true) String author,
        Instant publishedAt,
        @Schema(nullable = true) String customerId,
        @Schema(nullable = true) String journeyId,
        @Schema(nullable = true) String stageKey,
        @Schema(nullable = true) String touchpointId,
        String language,
        @Schema(nullable = true) SentimentView sentiment,
        @Schema(description = "Keys of the aspects the comment talks about (see aspects)") List<String> themes,
        @Schema(description = "The aspects the comment talks about, each with its own sentiment") List<AspectView> aspects,
        @Schema(nullable = true) Reply reply,
        @Schema(nullable = true) String followUpId,
        Instant receivedAt) {

    public record Reply(String text, @Schema(nullable = true) String author, Instant repliedAt, String timeToReply) {
    }
}
