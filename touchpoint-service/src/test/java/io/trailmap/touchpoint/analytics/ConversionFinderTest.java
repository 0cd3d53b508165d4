package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ConversionFinderTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);
    private static final UUID C = new UUID(0, 3);

    private static JourneyEvent event(UUID tp, String stage, String type, int hour) {
        return new JourneyEvent(tp, "WEBSITE", stage, type, T0.plusSeconds(hour * 3600L));
    }

    private static final List<JourneyEvent> EVENTS = List.of(
            event(A, "aware", "VISIT", 0),
            event(B, "consider", "VIEW", 10),
            event(C, "buy", "PURCHASE", 20),
            event(A, "aware", "VISIT", 30),
            event(C, "buy", "PURCHASE", 40),
            event(B, "consider", "VIEW", 50));

    @Test
    void eachPurchaseCreditsTheTouchesSinceThePreviousOne() {
        List<Conversion> conversions = ConversionFinder.conversions(EVENTS, null, Duration.ofDays(30), TimeRange.ALL);

        assertThat(conversions).hasSize(2);
        assertThat(conversions.get(0).touches()).extracting(Touch::touchpointId).containsExactly(A, B, C);
        assertThat(conversions.get(1).touches()).extracting(Touch::touchpointId).containsExactly(A, C);
        assertThat(conversions.get(1).at()).isEqualTo(T0.plusSeconds(40 * 3600L));
    }

    @Test
    void theLookbackAndTheRangeLimitWhatCounts() {
        List<Conversion> shortLookback = ConversionFinder.conversions(EVENTS, null, Duration.ofHours(15), TimeRange.ALL);
        assertThat(shortLookback.get(0).touches()).extracting(Touch::touchpointId).containsExactly(B, C);

        List<Conversion> laterOnly = ConversionFinder.conversions(EVENTS, null, Duration.ofDays(30), new TimeRange(T0.plusSeconds(25 * 3600L), null));
        assertThat(laterOnly).hasSize(1);
        assertThat(laterOnly.getFirst().touches()).extracting(Touch::touchpointId).containsExactly(A, C);
    }

    @Test
    void aConversionStageConvertsOnceAtItsFirstEvent() {
        List<Conversion> conversions = ConversionFinder.conversions(EVENTS, "consider", Duration.ofDays(30), TimeRange.ALL);

        assertThat(conversions).hasSize(1);
        assertThat(conversions.getFirst().touches()).extracting(Touch::touchpointId).containsExactly(A, B);
    }

    @Test
    void pathsEndAtTheFirstPurchase() {
        assertThat(ConversionFinder.path(EVENTS).converted()).isTrue();
        assertThat(ConversionFinder.path(EVENTS).touches()).extracting(Touch::touchpointId).containsExactly(A, B, C);
        assertThat(ConversionFinder.path(EVENTS.subList(0, 2)).converted()).isFalse();
    }
}
