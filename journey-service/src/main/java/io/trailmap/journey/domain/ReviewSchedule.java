package io.trailmap.journey.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Journeys are reviewed regularly: the next review is due an interval after the last one. */
public final class ReviewSchedule {

    public static final int DEFAULT_INTERVAL_DAYS = 90;

    private ReviewSchedule() {
    }

    public static Instant nextReview(Instant lastReviewed, Integer intervalDays) {
        int days = intervalDays == null ? DEFAULT_INTERVAL_DAYS : intervalDays;
        return lastReviewed.plus(days, ChronoUnit.DAYS);
    }

    /** Due from the instant of its next review on; an archived map is read-only and never due (as {@code reviewDue=true} lists). */
    public static boolean isDue(JourneyStatus status, Instant nextReview, Instant now) {
        return status != JourneyStatus.ARCHIVED && !nextReview.isAfter(now);
    }
}
