package io.trailmap.feedback.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record ResponseView(String id, String responseId, String surveyId, String kind, Integer score, String category,
                           String comment, String language, SentimentView sentiment, List<String> themes,
                           String customerId, String journeyId, String stageKey, String touchpointId, String channel,
                           Map<String, Object> answers, Instant submittedAt, Instant receivedAt, String followUpId) {
}
