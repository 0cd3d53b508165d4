package io.trailmap.feedback.text;

/** Sentiment of a text: score −1 … 1 and its label. */
public record Sentiment(double score, String label) {

    public static final String POSITIVE = "POSITIVE";
    public static final String NEUTRAL = "NEUTRAL";
    public static final String NEGATIVE = "NEGATIVE";
    static final double THRESHOLD = 0.05;

    /** A score and the label a model chose for it (its most likely class), the score rounded as {@link #of(double)} rounds it. */
    public static Sentiment of(double score, String label) {
        return new Sentiment(Math.round(score * 1000) / 1000.0, label);
    }

    public static Sentiment of(double score) {
        double rounded = Math.round(score * 1000) / 1000.0;
        String label = rounded >= THRESHOLD ? POSITIVE : rounded <= -THRESHOLD ? NEGATIVE : NEUTRAL;
        return new Sentiment(rounded, label);
    }
}
