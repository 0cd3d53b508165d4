package io.trailmap.feedback.api;

/** Sentiment of a comment: score −1 … 1 and label NEGATIVE, NEUTRAL or POSITIVE. */
public record SentimentView(double score, String label) {
}
