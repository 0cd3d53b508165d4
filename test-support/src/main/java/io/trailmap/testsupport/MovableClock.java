package io.trailmap.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests that is the system clock until a test pins it to an instant (and unpins it
 * after). A service's test sources make it the application's clock with a CDI alternative producer.
 */
public class MovableClock extends Clock {

    private volatile Instant pinned;

    /** From now on the time is {@code instant}, until {@link #unpin()}. */
    public void pin(Instant instant) {
        pinned = instant;
    }

    /** Back to the system clock. */
    public void unpin() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the platform's clock is UTC");
    }
}
