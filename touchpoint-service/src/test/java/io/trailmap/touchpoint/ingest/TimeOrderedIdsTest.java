package io.trailmap.touchpoint.ingest;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7WithTheirMillisecondFirstAndUnique() {
        Instant at = Instant.parse("2026-11-25T12:00:00.123Z");
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(at, ZoneOffset.UTC));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = ids.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void laterMillisecondsSortAfterEarlierOnesAsPostgreSqlComparesThem() {
        UUID earlier = new TimeOrderedIds(Clock.fixed(Instant.parse("2026-11-25T12:00:00.001Z"), ZoneOffset.UTC)).next();
        UUID later = new TimeOrderedIds(Clock.fixed(Instant.parse("2026-11-25T12:00:00.002Z"), ZoneOffset.UTC)).next();
        // PostgreSQL orders uuids by their bytes, i.e. as text
        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }
}
