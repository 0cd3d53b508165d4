package io.trailmap.feedback.domain;

import io.trailmap.feedback.scoring.Category;
import io.trailmap.feedback.text.Sentiment;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.List;

/**
 * An external review as stored in {@code reviews} (record codec). {@code text} is its title and text as analysed (masked
 * when configured); {@code sourceId} is {@code trailmap:<uuid>} when the source gave none.
 */
public record Review(@BsonId String id, String tenant, String source, String sourceId, Integer rating, String title, String url,
                     String author, Instant publishedAt, String customerId, String journeyId, String stageKey, String touchpointId,
                     Instant receivedAt, String text, String language, Sentiment sentiment, Integer sentimentN,
                     List<FoundAspect> aspects, List<String> themes, Boolean negative, String followUpId, Reply reply,
                     List<Document> outbox) implements Feedback<Review> {

    public static final String TYPE = "REVIEW";
    /** The prefix of the sourceId of a review whose source gave none. */
    public static final String OWN_SOURCE_ID = "trailmap:";

    public Review {
        aspects = aspects == null ? List.of() : aspects;
        themes = themes == null ? List.of() : themes;
    }

    /** The brand's reply: the first reply's time stays when the text is replaced. */
    public record Reply(String text, String author, Instant repliedAt, Instant updatedAt, Long secondsToReply) {
    }

    /** The source's own id, or null when it gave none. */
    public String externalSourceId() {
        return sourceId.startsWith(OWN_SOURCE_ID) ? null : sourceId;
    }

    @Override
    public String sourceType() {
        return TYPE;
    }

    @Override
    public Instant givenAt() {
        return publishedAt;
    }

    @Override
    public String kindName() {
        return TYPE;
    }

    @Override
    public Integer score() {
        return rating;
    }

    @Override
    public Category category() {
        return null;
    }

    @Override
    public Review withFollowUpId(String id) {
        return new Review(this.id, tenant, source, sourceId, rating, title, url, author, publishedAt, customerId, journeyId, stageKey,
                touchpointId, receivedAt, text, language, sentiment, sentimentN, aspects, themes, negative, id, reply, outbox);
    }

    public Review withOutbox(List<Document> events) {
        return new Review(id, tenant, source, sourceId, rating, title, url, author, publishedAt, customerId, journeyId, stageKey,
                touchpointId, receivedAt, text, language, sentiment, sentimentN, aspects, themes, negative, followUpId, reply, events);
    }

    public Review withReply(Reply newReply) {
        return new Review(id, tenant, source, sourceId, rating, title, url, author, publishedAt, customerId, journeyId, stageKey,
                touchpointId, receivedAt, text, language, sentiment, sentimentN, aspects, themes, negative, followUpId, newReply, outbox);
    }
}
