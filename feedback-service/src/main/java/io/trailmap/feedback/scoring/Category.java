package io.trailmap.feedback.scoring;

/**
 * NPS: 9–10 promoter, 7–8 passive, 0–6 detractor. CSAT: 4–5 satisfied, 3 neutral, 1–2 dissatisfied.
 * CES (1–7, agreement that it was easy): 5–7 satisfied, 4 neutral, 1–3 dissatisfied.
 */
public enum Category {
    PROMOTER, PASSIVE, DETRACTOR, SATISFIED, NEUTRAL, DISSATISFIED;

    public static Category of(Kind kind, int score) {
        return switch (kind) {
            case NPS -> score >= 9 ? PROMOTER : score >= 7 ? PASSIVE : DETRACTOR;
            case CSAT -> score >= 4 ? SATISFIED : score == 3 ? NEUTRAL : DISSATISFIED;
            case CES -> score >= 5 ? SATISFIED : score == 4 ? NEUTRAL : DISSATISFIED;
            case CUSTOM -> null;
        };
    }

    /** Unhappy answers open a follow-up case. */
    public boolean unhappy() {
        return this == DETRACTOR || this == DISSATISFIED;
    }
}
