package io.trailmap.gateway.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * The insight formulas (README "Journey insights").
 * <ul>
 * <li>dropOffRate(k) = dropOff(k) / customers(k−1): the share lost on the way into stage k.</li>
 * <li>measuredEmotion = mean of the available signals, each mapped to −2 … +2: sentiment × 2,
 *     NPS / 50, (CSAT − 50) / 25.</li>
 * <li>experienceScore = mean of a conversion score and a feedback score (either alone when the
 *     other is missing). Conversion score = 50 + 50 · (conversion − average) / average, clamped to
 *     0 … 100 (50 = the journey's average conversion, double the average = 100). Feedback score =
 *     mean of (NPS + 100) / 2, CSAT, (sentiment + 1) · 50.</li>
 * <li>A detected pain point: a stage whose drop-off rate is above the median rate of the journey's
 *     stages (first stage excluded) and whose feedback is negative (sentiment &lt; 0, NPS &lt; 0 or
 *     CSAT &lt; 50).</li>
 * <li>A detected touchpoint pain point: a touchpoint whose share of the journey's non-converting
 *     customers last seen there is above the median share of such touchpoints, and whose own
 *     feedback is negative (same test).</li>
 * </ul>
 */
public final class InsightCalculator {

    private InsightCalculator() {
    }

    public static List<StageInsight> stages(List<StageSignals> signals) {
        Double average = averageConversion(signals);
        List<StageInsight> insights = new ArrayList<>();
        for (int k = 0; k < signals.size(); k++) {
            StageSignals s = signals.get(k);
            Double conversion = k == 0 || s.conversionFromPrevious() == null ? null : round(s.conversionFromPrevious());
            insights.add(new StageInsight(s.stageKey(), conversion, k == 0 ? null : s.dropOff(), dropOffRate(signals, k),
                    s.nps(), s.csat(), s.sentiment(), s.responses(),
                    experienceScore(conversion, average, s.nps(), s.csat(), s.sentiment()),
                    s.assumedEmotion() == null ? null : s.assumedEmotion().doubleValue(),
                    measuredEmotion(s.nps(), s.csat(), s.sentiment()), s.themes()));
        }
        return insights;
    }

    public static List<DetectedPainPoint> painPoints(List<StageSignals> signals) {
        List<Double> rates = new ArrayList<>();
        for (int k = 1; k < signals.size(); k++) {
            Double rate = dropOffRate(signals, k);
            if (rate != null) {
                rates.add(rate);
            }
        }
        Double median = median(rates);
        List<DetectedPainPoint> found = new ArrayList<>();
        if (median == null) {
            return found;
        }
        for (int k = 1; k < signals.size(); k++) {
            StageSignals s = signals.get(k);
            Double rate = dropOffRate(signals, k);
            if (rate == null || rate <= median || !negative(s)) {
                continue;
            }
            found.add(new DetectedPainPoint(DetectedPainPoint.Kind.STAGE, s.stageKey(), null, null, round(rate), round(median), s.dropOff(), s.nps(), s.csat(), s.sentiment(),
                    s.themes(), "%.0f %% of customers drop off before %s (journey median %.0f %%) and feedback is negative%s"
                    .formatted(rate * 100, s.stageKey(), median * 100,
                            themeText(s.themes()))));
        }
        return found;
    }

    public static List<DetectedPainPoint> touchpointPainPoints(List<TouchpointSignals> touchpoints) {
        List<TouchpointSignals> measured = touchpoints.stream().filter(t -> t.exitShare() != null && t.exits() != null).toList();
        Double median = median(measured.stream().map(TouchpointSignals::exitShare).toList());
        if (median == null) {
            return List.of();
        }
        return measured.stream()
                .filter(t -> t.exitShare() > median && negative(t.nps(), t.csat(), t.sentiment()))
                .sorted(java.util.Comparator.comparingDouble(TouchpointSignals::exitShare).reversed())
                .map(t -> new DetectedPainPoint(DetectedPainPoint.Kind.TOUCHPOINT, t.stageKey(), t.touchpointId(), t.name(),
                        round(t.exitShare()), round(median), t.exits(), t.nps(), t.csat(), t.sentiment(), t.themes(),
                        "%.0f %% of the customers who did not convert were last seen at %s (median %.0f %%) and feedback there is negative%s"
                                .formatted(t.exitShare() * 100, t.name() == null ? t.touchpointId() : t.name(), median * 100,
                                        themeText(t.themes()))))
                .toList();
    }

    private static String themeText(List<String> themes) {
        return themes == null || themes.isEmpty() ? "" : "; complaints about: " + String.join(", ", themes);
    }

    static Double dropOffRate(List<StageSignals> signals, int k) {
        if (k == 0) {
            return null;
        }
        Integer before = signals.get(k - 1).customers();
        Integer lost = signals.get(k).dropOff();
        return before == null || lost == null || before == 0 ? null : round((double) lost / before);
    }

    static Double measuredEmotion(Double nps, Double csat, Double sentiment) {
        List<Double> values = new ArrayList<>();
        if (sentiment != null) {
            values.add(sentiment * 2);
        }
        if (nps != null) {
            values.add(nps / 50);
        }
        if (csat != null) {
            values.add((csat - 50) / 25);
        }
        return values.isEmpty() ? null : round(Math.max(-2, Math.min(2, mean(values))));
    }

    static Double experienceScore(Double conversion, Double averageConversion, Double nps, Double csat, Double sentiment) {
        Double conversionScore = null;
        if (conversion != null && averageConversion != null && averageConversion > 0) {
            conversionScore = Math.max(0, Math.min(100, 50 + 50 * (conversion - averageConversion) / averageConversion));
        }
        List<Double> feedback = new ArrayList<>();
        if (nps != null) {
            feedback.add((nps + 100) / 2);
        }
        if (csat != null) {
            feedback.add(csat);
        }
        if (sentiment != null) {
            feedback.add((sentiment + 1) * 50);
        }
        Double feedbackScore = feedback.isEmpty() ? null : mean(feedback);
        if (conversionScore == null && feedbackScore == null) {
            return null;
        }
        if (conversionScore == null || feedbackScore == null) {
            return round(conversionScore == null ? feedbackScore : conversionScore);
        }
        return round((conversionScore + feedbackScore) / 2);
    }

    private static Double averageConversion(List<StageSignals> signals) {
        List<Double> conversions = new ArrayList<>();
        for (int k = 1; k < signals.size(); k++) {
            if (signals.get(k).conversionFromPrevious() != null) {
                conversions.add(signals.get(k).conversionFromPrevious());
            }
        }
        return conversions.isEmpty() ? null : mean(conversions);
    }

    private static boolean negative(StageSignals s) {
        return negative(s.nps(), s.csat(), s.sentiment());
    }

    private static boolean negative(Double nps, Double csat, Double sentiment) {
        return (sentiment != null && sentiment < 0) || (nps != null && nps < 0) || (csat != null && csat < 50);
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
