package io.trailmap.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polling for what happens in the background (an import, a webhook delivery) until it is done, or failing with the last state. */
public final class Eventually {

    private Eventually() {
    }

    /** Reads every 100 ms until {@code done} holds, then answers that read; fails after {@code timeout} showing the last one. */
    public static <T> T until(Supplier<T> read, Predicate<T> done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T last = read.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; last: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            last = read.get();
        }
        return last;
    }
}
