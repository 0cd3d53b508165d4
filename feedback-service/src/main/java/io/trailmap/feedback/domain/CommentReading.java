package io.trailmap.feedback.domain;

import io.trailmap.feedback.text.Sentiment;

import java.util.List;

/** What was read in a piece of feedback's free text: the text as stored (masked when configured), language, sentiment, aspects, themes. */
public record CommentReading(String text, String language, Sentiment sentiment, List<FoundAspect> aspects, List<String> themes) {

    /** 1 when the sentiment was read, else 0: what the summaries' sentiment means divide by. */
    public int sentimentN() {
        return sentiment == null ? 0 : 1;
    }
}
