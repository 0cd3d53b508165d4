package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The range one pass reads for several analytics, and the events each is handed of a customer's. */
class JourneyPassTest {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    private static JourneyFold<Void> reading(TimeRange range) {
        return JourneyFold.of(range, events -> {
        }, events -> {
        }, () -> null);
    }

    private static JourneyEvent at(int hours) {
        return new JourneyEvent(UUID.randomUUID(), "EMAIL", "s1", "VIEW", T.plusSeconds(3600L * hours));
    }

    @Test
    void thePassReadsTheSmallestRangeHoldingEveryAnalyticsOwn() {
        TimeRange early = new TimeRange(T, T.plusSeconds(10));
        TimeRange late = new TimeRange(T.plusSeconds(5), T.plusSeconds(20));
        assertThat(JourneyPass.union(List.of(reading(early), reading(late)))).isEqualTo(new TimeRange(T, T.plusSeconds(20)));
        assertThat(JourneyPass.union(List.of(reading(late), reading(early)))).isEqualTo(new TimeRange(T, T.plusSeconds(20)));
        assertThat(JourneyPass.union(List.of(reading(late), reading(new TimeRange(null, T.plusSeconds(1))))))
                .as("an open start stays open").isEqualTo(new TimeRange(null, T.plusSeconds(20)));
        assertThat(JourneyPass.union(List.of(reading(new TimeRange(T.plusSeconds(30), null)), reading(early))))
                .as("an open end stays open").isEqualTo(new TimeRange(T, null));
        assertThat(JourneyPass.union(List.of(reading(early)))).isEqualTo(early);
    }

    @Test
    void eachAnalyticIsHandedTheCustomersEventsInItsOwnRangeOnly() {
        List<JourneyEvent> events = List.of(at(0), at(1), at(2), at(3), at(4));
        assertThat(JourneyPass.within(events, TimeRange.ALL)).isSameAs(events);
        assertThat(JourneyPass.within(events, new TimeRange(T.plusSeconds(3600), T.plusSeconds(3 * 3600))))
                .as("[1 h, 3 h): from included, to not").containsExactly(events.get(1), events.get(2));
        assertThat(JourneyPass.within(events, new TimeRange(T.plusSeconds(3 * 3600), null))).containsExactly(events.get(3), events.get(4));
        assertThat(JourneyPass.within(events, new TimeRange(null, T.plusSeconds(1)))).containsExactly(events.getFirst());
        assertThat(JourneyPass.within(events, new TimeRange(T.plusSeconds(5 * 3600), null))).isEmpty();
        assertThat(JourneyPass.within(events, new TimeRange(T.minusSeconds(10), T.minusSeconds(1)))).isEmpty();
    }
}
