package io.trailmap.feedback.scoring;

/** What a survey measures. NPS 0–10, CSAT 1–5, CES 1–7 (7 = very easy); CUSTOM has no score scale. */
public enum Kind {
    NPS(0, 10), CSAT(1, 5), CES(1, 7), CUSTOM(0, 0);

    private final int min;
    private final int max;

    Kind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public boolean scored() {
        return this != CUSTOM;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
