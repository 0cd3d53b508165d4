package io.trailmap.touchpoint.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An ordered funnel over customers' first times at each stage.
 *
 * <p>A customer enters the funnel at T1, the first time they reached the first stage, when T1 lies
 * in the range. They count at stage k when they count at stage k−1 and Tk — the first time they
 * reached stage k — is no earlier than T(k−1) and no later than T1 + window. A customer therefore
 * counts once per stage, and never at a stage after one they skipped.
 */
public final class FunnelCalculator {

    private FunnelCalculator() {
    }

    /**
     * @param stages    stage keys in journey order
     * @param customers per customer, the first time at each stage (same order; null = never)
     */
    public static List<FunnelStep> compute(List<String> stages, Iterable<Instant[]> customers, Duration window,
                                           TimeRange entered) {
        int n = stages.size();
        int[] counts = new int[n];
        List<List<Duration>> gaps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            gaps.add(new ArrayList<>());
        }
        for (Instant[] times : customers) {
            Instant entry = times[0];
            if (entry == null || !entered.contains(entry)) {
                continue;
            }
            counts[0]++;
            Instant deadline = entry.plus(window);
            Instant previous = entry;
            for (int k = 1; k < n; k++) {
                Instant at = times[k];
                if (at == null || at.isBefore(previous) || at.isAfter(deadline)) {
                    break;
                }
                counts[k]++;
                gaps.get(k - 1).add(Duration.between(previous, at));
                previous = at;
            }
        }
        Duration[] medians = new Duration[n];
        for (int k = 0; k < n; k++) {
            medians[k] = median(gaps.get(k));
        }
        return steps(stages, counts, medians);
    }

    /**
     * The funnel's steps from how many customers counted at each stage and the median time they took
     * from each stage to the next (null where nobody went on).
     */
    public static List<FunnelStep> steps(List<String> stages, int[] counts, Duration[] medianToNext) {
        int n = stages.size();
        List<FunnelStep> steps = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Double fromPrevious = k == 0 ? null : ratio(counts[k], counts[k - 1]);
            Double fromStart = ratio(counts[k], counts[0]);
            int dropOff = k == 0 ? 0 : counts[k - 1] - counts[k];
            Duration median = medianToNext[k];
            steps.add(new FunnelStep(stages.get(k), counts[k], fromPrevious, fromStart, dropOff,
                    k == n - 1 || median == null ? null : median.toString()));
        }
        return steps;
    }

    static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
