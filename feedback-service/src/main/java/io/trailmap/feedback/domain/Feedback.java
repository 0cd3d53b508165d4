package io.trailmap.feedback.domain;

import io.trailmap.feedback.scoring.Category;
import io.trailmap.feedback.text.Sentiment;

import java.time.Instant;
import java.util.List;

/** A stored piece of feedback, a survey response or an external review: what deduplication, follow-ups and summaries read alike. */
public sealed interface Feedback<F extends Feedback<F>> permits Response, Review {

    String id();

    String tenant();

    String customerId();

    String journeyId();

    String stageKey();

    String touchpointId();

    String language();

    Sentiment sentiment();

    List<FoundAspect> aspects();

    List<String> themes();

    Boolean negative();

    String followUpId();

    /** RESPONSE or REVIEW: a follow-up's {@code sourceType}, a summary bucket's source. */
    String sourceType();

    /** When it was given: a response's {@code submittedAt}, a review's {@code publishedAt}. */
    Instant givenAt();

    /** The free text: a response's comment, a review's title and text. */
    String text();

    /** The name summaries count it under: its survey kind (NPS, CSAT, CES, CUSTOM), or REVIEW. */
    String kindName();

    /** A response's score or a review's rating; null when there is none. */
    Integer score();

    /** A scored response's category; null for custom responses and reviews. */
    Category category();

    /** The same feedback with the id of its follow-up case. */
    F withFollowUpId(String followUpId);

    /** The comment's sentiment score, or null when it was not read. */
    default Double sentimentScore() {
        return sentiment() == null ? null : sentiment().score();
    }

    default boolean negativeSentiment() {
        return sentiment() != null && Sentiment.NEGATIVE.equals(sentiment().label());
    }
}
