package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AttributionCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final UUID X = new UUID(0, 1);
    private static final UUID Y = new UUID(0, 2);
    private static final UUID Z = new UUID(0, 3);
    private static final Duration HALF_LIFE = Duration.ofHours(5);

    private static Touch touch(UUID id, String channel, int hour) {
        return new Touch(id, channel, T0.plusSeconds(hour * 3600L));
    }

    /** Touches at 0 h (X, email), 5 h (Y, web) and the converting one at 10 h (Z, checkout); then a one-touch conversion at X. */
    private static final List<Conversion> CONVERSIONS = List.of(
            new Conversion(T0.plusSeconds(36_000), List.of(touch(X, "EMAIL", 0), touch(Y, "WEBSITE", 5), touch(Z, "CHECKOUT", 10))),
            new Conversion(T0.plusSeconds(72_000), List.of(touch(X, "EMAIL", 20))));

    private static Credits credits(AttributionModel model) {
        return AttributionCalculator.ruleBased(model, CONVERSIONS, HALF_LIFE);
    }

    @Test
    void firstAndLastTouch() {
        assertThat(credits(AttributionModel.FIRST_TOUCH).byTouchpoint()).containsEntry(X, 2.0).doesNotContainKeys(Y, Z);
        assertThat(credits(AttributionModel.LAST_TOUCH).byTouchpoint()).containsEntry(X, 1.0).containsEntry(Z, 1.0).doesNotContainKey(Y);
    }

    @Test
    void linearSharesEqually() {
        Credits c = credits(AttributionModel.LINEAR);
        assertThat(c.byTouchpoint().get(X)).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(c.byTouchpoint().get(Y)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(c.byChannel().get("EMAIL")).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(c.byChannel().get("CHECKOUT")).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void timeDecayHalvesTheWeightPerHalfLife() {
        // weights 2^-2, 2^-1, 1 → 1/7, 2/7, 4/7 of the first conversion
        Credits c = credits(AttributionModel.TIME_DECAY);
        assertThat(c.byTouchpoint().get(X)).isCloseTo(1.0 / 7 + 1, within(1e-12));
        assertThat(c.byTouchpoint().get(Y)).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(c.byTouchpoint().get(Z)).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void positionBasedGivesFortyTwentyForty() {
        Credits c = credits(AttributionModel.POSITION_BASED);
        assertThat(c.byTouchpoint().get(X)).isCloseTo(1.4, within(1e-12));
        assertThat(c.byTouchpoint().get(Y)).isCloseTo(0.2, within(1e-12));
        assertThat(c.byTouchpoint().get(Z)).isCloseTo(0.4, within(1e-12));
        double[] two = AttributionCalculator.shares(AttributionModel.POSITION_BASED,
                new Conversion(T0, List.of(touch(X, "EMAIL", 0), touch(Y, "WEBSITE", 0))), HALF_LIFE);
        assertThat(two).containsExactly(0.5, 0.5);
    }

    @ParameterizedTest
    @EnumSource(value = AttributionModel.class, names = "MARKOV", mode = EnumSource.Mode.EXCLUDE)
    void aSingleTouchConversionGivesThatTouchAllCredit(AttributionModel model) {
        Credits c = AttributionCalculator.ruleBased(model, List.of(new Conversion(T0, List.of(touch(Y, "WEBSITE", 0)))), HALF_LIFE);
        assertThat(c.byTouchpoint()).containsExactlyEntriesOf(java.util.Map.of(Y, 1.0));
        assertThat(c.byChannel()).containsExactlyEntriesOf(java.util.Map.of("WEBSITE", 1.0));
    }

    /** Property: for every rule-based model, touchpoint and channel credits each sum to the number of conversions. */
    @RepeatedTest(30)
    void creditsSumToConversions(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Conversion> conversions = new ArrayList<>();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            List<Touch> touches = new ArrayList<>();
            int k = 1 + random.nextInt(8);
            for (int t = 0; t < k; t++) {
                touches.add(new Touch(new UUID(0, random.nextInt(5)), "C" + random.nextInt(3), T0.plusSeconds(t * 3600L)));
            }
            conversions.add(new Conversion(T0.plusSeconds(k * 3600L), touches));
        }
        for (AttributionModel model : AttributionModel.values()) {
            if (model == AttributionModel.MARKOV) {
                continue;
            }
            Credits c = AttributionCalculator.ruleBased(model, conversions, Duration.ofHours(1 + random.nextInt(48)));
            assertThat(c.byTouchpoint().values().stream().mapToDouble(Double::doubleValue).sum()).as(model.name())
                    .isCloseTo(n, within(1e-9));
            assertThat(c.byChannel().values().stream().mapToDouble(Double::doubleValue).sum()).as(model.name())
                    .isCloseTo(n, within(1e-9));
        }
    }

    /**
     * Credits are exact sums: the same conversions in any order, or with others added and taken away again (a
     * customer's conversions as they were, when their journey changed since), give the same credits to the last
     * bit; a touchpoint whose every credit was taken away is not listed.
     */
    @RepeatedTest(30)
    void conversionsTakenAwayAndOrderLeaveTheCreditsExactlyAsSummedAfresh(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Conversion> staying = new ArrayList<>();
        List<Conversion> leaving = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<Touch> touches = new ArrayList<>();
            int k = 1 + random.nextInt(8);
            for (int t = 0; t < k; t++) {
                touches.add(new Touch(new UUID(0, random.nextInt(5)), "C" + random.nextInt(3), T0.plusSeconds(t * 3600L + random.nextInt(3600))));
            }
            (random.nextInt(3) == 0 ? leaving : staying).add(new Conversion(T0.plusSeconds(k * 3600L), touches));
        }
        leaving.add(new Conversion(T0, List.of(new Touch(new UUID(9, 9), "ONLY_LEAVING", T0))));
        Duration halfLife = Duration.ofHours(1 + random.nextInt(48));
        for (AttributionModel model : AttributionModel.values()) {
            if (model == AttributionModel.MARKOV) {
                continue;
            }
            AttributionCalculator.RuleBased kept = new AttributionCalculator.RuleBased(model, halfLife);
            List<Conversion> all = new ArrayList<>(staying);
            all.addAll(leaving);
            java.util.Collections.shuffle(all, random);
            all.forEach(kept::add);
            leaving.forEach(kept::remove);
            List<Conversion> reordered = new ArrayList<>(staying);
            java.util.Collections.reverse(reordered);
            Credits afresh = AttributionCalculator.ruleBased(model, reordered, halfLife);
            assertThat(kept.credits()).as(model.name()).isEqualTo(afresh);
            assertThat(afresh).as(model.name()).isEqualTo(AttributionCalculator.ruleBased(model, staying, halfLife));
            assertThat(afresh.byChannel()).as(model.name()).doesNotContainKey("ONLY_LEAVING");
        }
    }
}
