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

    /**
     * Non-converters last seen: cart 120 (share 0.48), email 30 (0.12), store 60 (0.24), app 40 (0.16).
     * Median of 0.48, 0.12, 0.24, 0.16 = (0.16 + 0.24) / 2 = 0.2. Above it: cart (negative: CSAT 35) and
     * store (positive feedback) → only cart; email is negative but below the median.
     */
    @Test
    void touchpointPainPointsAreLastSeenTouchpointsAboveTheMedianWithNegativeFeedback() {
        List<TouchpointSignals> touchpoints = List.of(
                new TouchpointSignals("t-cart", "Cart", "buy", 120, 0.48, null, 35.0, -0.1, List.of("shipping")),
                new TouchpointSignals("t-email", "Email", "aware", 30, 0.12, -60.0, null, -0.8, List.of("spam")),
                new TouchpointSignals("t-store", "Store", "buy", 60, 0.24, 40.0, 90.0, 0.5, List.of()),
                new TouchpointSignals("t-app", "App", "retain", 40, 0.16, null, null, null, List.of()));

        assertThat(InsightCalculator.touchpointPainPoints(touchpoints)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(DetectedPainPoint.Kind.TOUCHPOINT);
            assertThat(p.touchpointId()).isEqualTo("t-cart");
            assertThat(p.touchpointName()).isEqualTo("Cart");
            assertThat(p.stageKey()).isEqualTo("buy");
            assertThat(p.dropOffRate()).isEqualTo(0.48);
            assertThat(p.medianDropOffRate()).isEqualTo(0.2);
            assertThat(p.dropOff()).isEqualTo(120);
            assertThat(p.evidence()).contains("48 %").contains("Cart").contains("median 20 %").contains("shipping");
        });
        assertThat(InsightCalculator.touchpointPainPoints(List.of())).isEmpty();
    }

    /**
     * Invariant over random journeys: the detected pain points are exactly the stages whose drop-off rate is
     * above the journey's median and whose feedback is negative — none missing, none more.
     */
    @org.junit.jupiter.api.RepeatedTest(200)
    void everyPainPointIsAboveTheMedianAndNegative(org.junit.jupiter.api.RepetitionInfo repetition) {
        java.util.Random random = new java.util.Random(repetition.getCurrentRepetition());
        int stageCount = 2 + random.nextInt(10);
        List<StageSignals> stages = new java.util.ArrayList<>();
        int customers = 1000 + random.nextInt(5000);
        for (int k = 0; k < stageCount; k++) {
            int next = k == 0 ? customers : (int) (customers * random.nextDouble());
            Double nps = random.nextBoolean() ? -100 + 200 * random.nextDouble() : null;
            Double sentiment = random.nextBoolean() ? -1 + 2 * random.nextDouble() : null;
            stages.add(new StageSignals("s" + k, random.nextInt(5) - 2, next, k == 0 ? null : customers == 0 ? null : (double) next / customers,
                    k == 0 ? 0 : customers - next, nps, null, sentiment, 10, List.of()));
            customers = next;
        }
        List<StageInsight> insights = InsightCalculator.stages(stages);
        for (StageInsight insight : insights) {
            if (insight.experienceScore() != null) {
                assertThat(insight.experienceScore()).isBetween(0.0, 100.0);
            }
            if (insight.measuredEmotion() != null) {
                assertThat(insight.measuredEmotion()).isBetween(-2.0, 2.0);
            }
        }
        List<DetectedPainPoint> detected = InsightCalculator.painPoints(stages);
        for (DetectedPainPoint p : detected) {
            assertThat(p.dropOffRate()).isGreaterThan(p.medianDropOffRate());
            assertThat((p.nps() != null && p.nps() < 0) || (p.sentiment() != null && p.sentiment() < 0)).isTrue();
        }
        List<Double> rates = new java.util.ArrayList<>();
        for (int k = 1; k < stages.size(); k++) {
            if (InsightCalculator.dropOffRate(stages, k) != null) {
                rates.add(InsightCalculator.dropOffRate(stages, k));
            }
        }
        Double median = InsightCalculator.median(rates);
        List<String> expected = new java.util.ArrayList<>();
        for (int k = 1; k < stages.size(); k++) {
            Double rate = InsightCalculator.dropOffRate(stages, k);
            StageSignals s = stages.get(k);
            if (rate != null && rate > median && ((s.nps() != null && s.nps() < 0) || (s.sentiment() != null && s.sentiment() < 0))) {
                expected.add(s.stageKey());
            }
        }
        assertThat(detected).extracting(DetectedPainPoint::stageKey).as("seed %d", repetition.getCurrentRepetition())
                .containsExactlyElementsOf(expected);
    }
}
