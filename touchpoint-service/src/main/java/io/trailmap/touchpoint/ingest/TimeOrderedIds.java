package io.trailmap.touchpoint.ingest;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Interactions get these
 * as primary keys so that new rows land at the right end of the primary-key index instead of at
 * random pages all over it (gen_random_uuid()).
 */
final class TimeOrderedIds {

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    UUID next() {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
