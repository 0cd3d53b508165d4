package io.trailmap.feedback.domain;

import io.trailmap.feedback.text.Sentiment;

import java.util.List;

/**
 * An aspect a comment talks about, as stored with the feedback: its label, the sentiment of the clause around it,
 * {@code negativeN} (1 when that sentiment is negative, for summaries to add up) and the terms that named it.
 */
public record FoundAspect(String key, String label, Sentiment sentiment, int negativeN, List<String> terms) {

    public FoundAspect {
        terms = terms == null ? List.of() : terms;
    }

    public boolean negative() {
        return negativeN == 1;
    }
}
