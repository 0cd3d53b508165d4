package io.trailmap.feedback.domain;

import io.trailmap.feedback.scoring.Category;
import io.trailmap.feedback.scoring.Kind;
import io.trailmap.feedback.text.Sentiment;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.List;

/**
 * A survey response as stored in {@code responses}, mapped by the driver's record codec (absent fields read as null,
 * null ones are not written). {@code outbox} holds the events written with it (the outbox relay sends and removes them).
 */
public record Response(@BsonId String id, String tenant, String responseId, String surveyId, Kind kind, Integer score,
                       Category category, String customerId, String journeyId, String stageKey, String touchpointId,
                       String channel, Document answers, Instant submittedAt, Instant receivedAt, String comment,
                       String language, Sentiment sentiment, Integer sentimentN, List<FoundAspect> aspects, List<String> themes,
                       Boolean negative, String followUpId, List<Document> outbox) implements Feedback<Response> {

    public static final String TYPE = "RESPONSE";

    public Response {
        aspects = aspects == null ? List.of() : aspects;
        themes = themes == null ? List.of() : themes;
    }

    @Override
    public String sourceType() {
        return TYPE;
    }

    @Override
    public Instant givenAt() {
        return submittedAt;
    }

    @Override
    public String text() {
        return comment;
    }

    @Override
    public String kindName() {
        return kind.name();
    }

    @Override
    public Response withFollowUpId(String id) {
        return new Response(this.id, tenant, responseId, surveyId, kind, score, category, customerId, journeyId, stageKey,
                touchpointId, channel, answers, submittedAt, receivedAt, comment, language, sentiment, sentimentN, aspects, themes,
                negative, id, outbox);
    }

    public Response withOutbox(List<Document> events) {
        return new Response(id, tenant, responseId, surveyId, kind, score, category, customerId, journeyId, stageKey,
                touchpointId, channel, answers, submittedAt, receivedAt, comment, language, sentiment, sentimentN, aspects, themes,
                negative, followUpId, events);
    }
}
