package io.trailmap.touchpoint.analytics;

import java.time.Duration;
import java.time.Instant;

/**
 * The instants [from, to) an analytic counts; either end may be open (null). Queries compare with
 * {@link #lowerBound()} and {@link #upperBound()}, which stand for an open end with instants beyond
 * any timestamp stored, so one statement serves open and closed ranges.
 */
public record TimeRange(Instant from, Instant to) {

    public static final TimeRange ALL = new TimeRange(null, null);

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    public TimeRange {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("a time range ends after it starts: [" + from + ", " + to + ")");
        }
    }

    public boolean contains(Instant at) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    public Instant lowerBound() {
        return from == null ? EARLIEST : from;
    }

    public Instant upperBound() {
        return to == null ? LATEST : to;
    }

    /** The same range starting {@code earlier} before (an open start stays open). */
    public TimeRange startingEarlier(Duration earlier) {
        return from == null ? this : new TimeRange(from.minus(earlier), to);
    }
}
