package io.trailmap.gateway.insights;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InsightCalculatorTest {

    /**
     * Stages: aware 1000 customers; consider 400 (dropOff 600, conversion 0.4); buy 100 (dropOff 300,
     * conversion 0.25); retain 80 (dropOff 20, conversion 0.8). Average conversion = (0.4 + 0.25 + 0.8) / 3 = 0.48333.
     * Drop-off rates 0.6, 0.75, 0.2 → median 0.6; only "buy" (0.75) is above it, and its NPS −20 is negative.
     */
    private static final List<StageSignals> SIGNALS = List.of(
            new StageSignals("aware", 1, 1000, null, 0, 30.0, null, 0.2, 50, List.of()),
            new StageSignals("consider", 0, 400, 0.4, 600, null, 80.0, null, 20, List.of()),
            new StageSignals("buy", -2, 100, 0.25, 300, -20.0, 40.0, -0.3, 40, List.of("shipping", "checkout")),
            new StageSignals("retain", 1, 80, 0.8, 20, null, null, null, 0, List.of()));

    @Test
    void measuredEmotionAveragesTheMappedSignals() {
        // sentiment 0.2 → 0.4, NPS 30 → 0.6: mean 0.5
        assertThat(InsightCalculator.measuredEmotion(30.0, null, 0.2)).isEqualTo(0.5);
        // NPS −20 → −0.4, CSAT 40 → −0.4, sentiment −0.3 → −0.6: mean −0.4667
        assertThat(InsightCalculator.measuredEmotion(-20.0, 40.0, -0.3)).isEqualTo(-0.4667);
        assertThat(InsightCalculator.measuredEmotion(null, null, null)).isNull();
    }

    @Test
    void experienceScoreCombinesConversionAgainstTheAverageWithFeedback() {
        // conversion score 50 + 50·(0.25 − 0.48333)/0.48333 = 25.862; feedback (40 + 40 + 35)/3 = 38.333; mean 32.0977
        assertThat(InsightCalculator.experienceScore(0.25, 0.483333333, -20.0, 40.0, -0.3)).isEqualTo(32.0977);
        // only feedback: CSAT 80
        assertThat(InsightCalculator.experienceScore(null, 0.5, null, 80.0, null)).isEqualTo(80.0);
        // double the average conversion and nothing else: 100
        assertThat(InsightCalculator.experienceScore(1.0, 0.5, null, null, null)).isEqualTo(100.0);
        assertThat(InsightCalculator.experienceScore(null, null, null, null, null)).isNull();
    }

    @Test
    void stagesCarryConversionDropOffRatesAndBothEmotions() {
        List<StageInsight> insights = InsightCalculator.stages(SIGNALS);

        assertThat(insights).extracting(StageInsight::conversion).containsExactly(null, 0.4, 0.25, 0.8);
        assertThat(insights).extracting(StageInsight::dropOffRate).containsExactly(null, 0.6, 0.75, 0.2);
        assertThat(insights.get(2).assumedEmotion()).isEqualTo(-2.0);
        assertThat(insights.get(2).measuredEmotion()).isEqualTo(-0.4667);
        assertThat(insights.get(2).experienceScore()).isEqualTo(32.0977);
        // aware: no conversion of its own; feedback (65 + 60) / 2 = 62.5
        assertThat(insights.get(0).experienceScore()).isEqualTo(62.5);
    }

    @Test
    void painPointsAreStagesAboveMedianDropOffWithNegativeFeedback() {
        List<DetectedPainPoint> found = InsightCalculator.painPoints(SIGNALS);

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.stageKey()).isEqualTo("buy");
            assertThat(p.dropOffRate()).isEqualTo(0.75);
            assertThat(p.medianDropOffRate()).isEqualTo(0.6);
            assertThat(p.themes()).containsExactly("shipping", "checkout");
            assertThat(p.evidence()).contains("75 %").contains("shipping, checkout");
        });
    }

    @Test
    void noFunnelDataMeansNoPainPoints() {
        List<StageSignals> noFunnel = List.of(new StageSignals("a", 0, null, null, null, -50.0, null, -0.5, 3, List.of()),
                new StageSignals("b", 0, null, null, null, -50.0, null, -0.5, 3, List.of()));
        assertThat(InsightCalculator.painPoints(noFunnel)).isEmpty();
        assertThat(InsightCalculator.stages(noFunnel)).extracting(StageInsight::experienceScore).containsExactly(25.0, 25.0);
    }
}
