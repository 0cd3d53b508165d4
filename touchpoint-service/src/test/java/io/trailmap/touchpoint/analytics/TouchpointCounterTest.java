package io.trailmap.touchpoint.analytics;

import io.trailmap.touchpoint.analytics.TouchpointCounter.CustomerTouch;
import io.trailmap.touchpoint.analytics.TouchpointCounter.Day;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TouchpointCounterTest {

    private static final UUID MAIL = UUID.randomUUID();
    private static final UUID SHOP = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final Instant MAY1 = Instant.parse("2026-05-01T10:00:00Z");
    private static final Instant MAY2 = Instant.parse("2026-05-02T23:59:59Z");

    @Test
    void reachAndDailyCustomersAreDistinctCustomersAndAConversionCountsOnlyAtOrAfterTheTouch() {
        TouchpointCounter counter = new TouchpointCounter(Set.of(MAIL, SHOP));
        // ann: mail twice on May 1 and once on May 2 in journey 1 (bought May 3), shop in journey 2 (never bought)
        counter.add(List.of(new CustomerTouch(MAIL, MAY1, MAY1.plusSeconds(2 * 86400)), new CustomerTouch(MAIL, MAY1.plusSeconds(60),
                        MAY1.plusSeconds(2 * 86400)), new CustomerTouch(MAIL, MAY2, MAY1.plusSeconds(2 * 86400)),
                new CustomerTouch(SHOP, MAY1, null), new CustomerTouch(OTHER, MAY1, MAY2)));
        // bob: mail on May 2, bought on May 1 only — before the touch: not a conversion of it
        counter.add(List.of(new CustomerTouch(MAIL, MAY2, MAY1)));
        // cara: shop, bought at the very instant of the touch
        counter.add(List.of(new CustomerTouch(SHOP, MAY2, MAY2)));

        Map<UUID, TouchpointCounter.Metrics> metrics = counter.metrics();

        assertThat(metrics.get(MAIL)).isEqualTo(new TouchpointCounter.Metrics(4, 2, 1, List.of(
                new Day(LocalDate.parse("2026-05-01"), 2, 1), new Day(LocalDate.parse("2026-05-02"), 2, 2))));
        assertThat(metrics.get(SHOP)).isEqualTo(new TouchpointCounter.Metrics(2, 2, 1, List.of(
                new Day(LocalDate.parse("2026-05-01"), 1, 1), new Day(LocalDate.parse("2026-05-02"), 1, 1))));
        assertThat(metrics).doesNotContainKey(OTHER);
    }

    @Test
    void aTouchpointNobodyTouchedHasNoMetricsToSpeakOf() {
        assertThat(new TouchpointCounter(Set.of(MAIL)).metrics()).containsExactly(Map.entry(MAIL, TouchpointCounter.Metrics.NONE));
    }

    /** Customers taken away after being added (as they were, when their journeys changed since) count as never added. */
    @org.junit.jupiter.api.RepeatedTest(20)
    void customersTakenAwayCountAsNeverAdded(org.junit.jupiter.api.RepetitionInfo repetition) {
        java.util.Random random = new java.util.Random(repetition.getCurrentRepetition());
        List<UUID> touchpoints = List.of(MAIL, SHOP, OTHER);
        List<List<CustomerTouch>> staying = new java.util.ArrayList<>();
        List<List<CustomerTouch>> leaving = new java.util.ArrayList<>();
        for (int c = 0; c < 200; c++) {
            List<CustomerTouch> touches = new java.util.ArrayList<>();
            Instant conversion = random.nextBoolean() ? null : MAY1.plusSeconds(random.nextInt(5 * 86400));
            for (int t = 0, n = 1 + random.nextInt(6); t < n; t++) {
                touches.add(new CustomerTouch(touchpoints.get(random.nextInt(3)), MAY1.plusSeconds(random.nextInt(5 * 86400)), conversion));
            }
            (random.nextInt(3) == 0 ? leaving : staying).add(touches);
        }
        leaving.add(List.of(new CustomerTouch(MAIL, MAY1.minusSeconds(30 * 86400), null)));   // a day only the leaving touched
        TouchpointCounter kept = new TouchpointCounter(Set.of(MAIL, SHOP));
        staying.forEach(kept::add);
        leaving.forEach(kept::add);
        leaving.forEach(kept::remove);
        TouchpointCounter afresh = new TouchpointCounter(Set.of(MAIL, SHOP));
        staying.forEach(afresh::add);
        assertThat(kept.metrics()).isEqualTo(afresh.metrics());

        TouchpointCounter emptied = new TouchpointCounter(Set.of(MAIL));
        leaving.forEach(emptied::add);
        leaving.forEach(emptied::remove);
        assertThat(emptied.metrics()).as("every customer taken away: as if nobody touched it")
                .containsExactly(Map.entry(MAIL, TouchpointCounter.Metrics.NONE));
    }
}
