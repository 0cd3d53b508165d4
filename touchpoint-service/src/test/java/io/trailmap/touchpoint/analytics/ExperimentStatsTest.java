package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExperimentStatsTest {

    /**
     * A: 10/100, B: 20/100. Pooled p = 0.15, SE = √(0.15·0.85·0.02) = 0.0504975, z = 0.10 / SE = 1.98030,
     * two-sided p = 2·(1 − Φ(1.9803)) = 0.04767; lift = (0.20 − 0.10) / 0.10 = 1.
     */
    @Test
    void twoProportionZTestByHand() {
        List<ExperimentStats.VariantResult> results = ExperimentStats.compare(List.of(
                new ExperimentStats.VariantCount("B", 100, 20), new ExperimentStats.VariantCount("A", 100, 10)));

        ExperimentStats.VariantResult a = results.get(0);
        ExperimentStats.VariantResult b = results.get(1);
        assertThat(a.control()).isTrue();
        assertThat(a.lift()).isNull();
        assertThat(a.conversionRate()).isEqualTo(0.10);
        assertThat(b.conversionRate()).isEqualTo(0.20);
        assertThat(b.lift()).isCloseTo(1.0, within(1e-12));
        assertThat(b.zScore()).isCloseTo(1.98030, within(1e-5));
        assertThat(b.pValue()).isCloseTo(0.04767, within(1e-5));
    }

    @Test
    void controlIsNamedControlOrAOrTheFirstByName() {
        assertThat(ExperimentStats.compare(List.of(new ExperimentStats.VariantCount("A", 10, 1),
                new ExperimentStats.VariantCount("control", 10, 2))).stream().filter(ExperimentStats.VariantResult::control)
                .findFirst().orElseThrow().variant()).isEqualTo("control");
        assertThat(ExperimentStats.compare(List.of(new ExperimentStats.VariantCount("red", 10, 1),
                new ExperimentStats.VariantCount("blue", 10, 2))).getFirst().variant()).isEqualTo("blue");
    }

    @Test
    void identicalRatesHaveNoEffectAndDegenerateCasesNoPValue() {
        ExperimentStats.VariantResult same = ExperimentStats.compare(List.of(new ExperimentStats.VariantCount("A", 50, 5),
                new ExperimentStats.VariantCount("B", 80, 8))).get(1);
        assertThat(same.zScore()).isCloseTo(0, within(1e-12));
        assertThat(same.pValue()).isCloseTo(1, within(1e-12));
        ExperimentStats.VariantResult none = ExperimentStats.compare(List.of(new ExperimentStats.VariantCount("A", 50, 0),
                new ExperimentStats.VariantCount("B", 80, 0))).get(1);
        assertThat(none.pValue()).isNull();
        assertThat(none.lift()).isNull();
    }
}
