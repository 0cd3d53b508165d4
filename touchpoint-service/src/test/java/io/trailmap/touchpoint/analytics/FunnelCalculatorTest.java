package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FunnelCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<String> STAGES = List.of("a", "b", "c");

    private static Instant day(double d) {
        return T0.plusSeconds((long) (d * 86_400));
    }

    private static Instant[] times(Instant a, Instant b, Instant c) {
        return new Instant[]{a, b, c};
    }

    @Test
    void handComputedFunnelWithSkipsOutOfOrderAndWindow() {
        List<Instant[]> customers = List.of(
                times(day(0), day(1), day(2)),      // all three
                times(day(0), day(3), null),        // a, b
                times(day(0), null, day(1)),        // skipped b: a only
                times(day(1), day(0), null),        // b before a: a only
                times(day(0), day(11), null),       // b outside the 10-day window: a only
                times(null, day(0), null),          // never entered
                times(day(0), day(2), day(1)));     // c before b: a, b

        List<FunnelStep> steps = FunnelCalculator.compute(STAGES, customers, Duration.ofDays(10), TimeRange.ALL);

        assertThat(steps).extracting(FunnelStep::customers).containsExactly(6, 3, 1);
        assertThat(steps.get(0).conversionFromPrevious()).isNull();
        assertThat(steps.get(1).conversionFromPrevious()).isEqualTo(0.5);
        assertThat(steps.get(2).conversionFromPrevious()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(steps).extracting(FunnelStep::conversionFromStart).containsExactly(1.0, 0.5, 1.0 / 6);
        assertThat(steps).extracting(FunnelStep::dropOff).containsExactly(0, 3, 2);
        // a→b gaps 1, 3, 2 days → median 2 days; b→c gap 1 day
        assertThat(steps).extracting(FunnelStep::medianTimeToNext).containsExactly("PT48H", "PT24H", null);
    }

    @Test
    void fromAndToSelectCustomersByTheirFirstStageTime() {
        List<Instant[]> customers = List.of(times(day(0), day(1), null), times(day(5), day(6), null), times(day(10), null, null));

        List<FunnelStep> steps = FunnelCalculator.compute(STAGES, customers, Duration.ofDays(30), new TimeRange(day(5), day(10)));

        assertThat(steps).extracting(FunnelStep::customers).containsExactly(1, 1, 0);
        assertThat(steps.get(2).conversionFromPrevious()).isEqualTo(0.0);
    }

    @Test
    void emptyFunnelsHaveNoRates() {
        List<FunnelStep> steps = FunnelCalculator.compute(STAGES, List.of(), Duration.ofDays(30), TimeRange.ALL);

        assertThat(steps).extracting(FunnelStep::customers).containsExactly(0, 0, 0);
        assertThat(steps).extracting(FunnelStep::conversionFromStart).containsOnlyNulls();
    }

    @Test
    void evenCountsTakeTheMeanOfTheTwoMiddleGaps() {
        assertThat(FunnelCalculator.median(List.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(2), Duration.ofHours(10))))
                .isEqualTo(Duration.ofHours(3));
    }

    /** Properties on random customers: counts never increase along the stages, and every rate lies in [0, 1]. */
    @RepeatedTest(30)
    void countsNeverIncreaseAlongTheStages(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int stageCount = 1 + random.nextInt(6);
        List<String> stages = new ArrayList<>();
        for (int i = 0; i < stageCount; i++) {
            stages.add("s" + i);
        }
        List<Instant[]> customers = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            Instant[] t = new Instant[stageCount];
            for (int s = 0; s < stageCount; s++) {
                t[s] = random.nextInt(4) == 0 ? null : day(random.nextDouble() * 40);
            }
            customers.add(t);
        }

        List<FunnelStep> steps = FunnelCalculator.compute(stages, customers, Duration.ofDays(1 + random.nextInt(30)), TimeRange.ALL);

        for (int k = 1; k < steps.size(); k++) {
            assertThat(steps.get(k).customers()).isLessThanOrEqualTo(steps.get(k - 1).customers());
            assertThat(steps.get(k).dropOff()).isEqualTo(steps.get(k - 1).customers() - steps.get(k).customers());
        }
        steps.stream().map(FunnelStep::conversionFromStart).filter(r -> r != null)
                .forEach(r -> assertThat(r).isBetween(0.0, 1.0));
    }
}
