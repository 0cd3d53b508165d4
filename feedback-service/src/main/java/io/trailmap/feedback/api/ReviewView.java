package io.trailmap.feedback.api;

import java.time.Instant;
import java.util.List;

/** A review with its analysis, and the reply with the time it took (ISO-8601 duration). */
public record ReviewView(String id, String source, String sourceId, int rating, String title, String text, String url,
                         String author, Instant publishedAt, String customerId, String journeyId, String stageKey,
                         String touchpointId, String language, SentimentView sentiment, List<String> themes,
                         Reply reply, String followUpId, Instant receivedAt) {

    public record Reply(String text, String author, Instant repliedAt, String timeToReply) {
    }
}
