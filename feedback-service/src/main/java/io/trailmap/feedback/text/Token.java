package io.trailmap.feedback.text;

/** A word of a comment: its stem (for matching) and its surface form (for people). */
public record Token(String stem, String word, int start, int end) {
}
