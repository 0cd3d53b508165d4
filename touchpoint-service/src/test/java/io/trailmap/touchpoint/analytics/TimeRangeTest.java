package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeRangeTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void containsItsStartButNotItsEnd() {
        TimeRange hour = new TimeRange(T, T.plusSeconds(3600));
        assertThat(hour.contains(T)).isTrue();
        assertThat(hour.contains(T.plusSeconds(3599))).isTrue();
        assertThat(hour.contains(T.plusSeconds(3600))).isFalse();
        assertThat(hour.contains(T.minusNanos(1))).isFalse();
    }

    @Test
    void anOpenEndContainsEverythingOnItsSideAndQueriesGetBoundsBeyondAnyStoredTime() {
        assertThat(TimeRange.ALL.contains(Instant.parse("1970-01-01T00:00:00Z"))).isTrue();
        assertThat(new TimeRange(T, null).contains(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
        assertThat(new TimeRange(null, T).contains(T)).isFalse();
        assertThat(TimeRange.ALL.lowerBound()).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(TimeRange.ALL.upperBound()).isEqualTo(Instant.parse("9999-12-31T00:00:00Z"));
        assertThat(new TimeRange(T, null).lowerBound()).isEqualTo(T);
    }

    @Test
    void startingEarlierMovesOnlyAClosedStart() {
        assertThat(new TimeRange(T, T.plusSeconds(60)).startingEarlier(Duration.ofDays(1)))
                .isEqualTo(new TimeRange(T.minus(Duration.ofDays(1)), T.plusSeconds(60)));
        assertThat(new TimeRange(null, T).startingEarlier(Duration.ofDays(1))).isEqualTo(new TimeRange(null, T));
    }

    @Test
    void anEmptyOrBackwardRangeIsRefused() {
        assertThatThrownBy(() -> new TimeRange(T, T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeRange(T.plusSeconds(1), T)).isInstanceOf(IllegalArgumentException.class);
    }
}
