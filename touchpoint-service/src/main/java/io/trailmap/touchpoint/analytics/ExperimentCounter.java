package io.trailmap.touchpoint.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An A/B experiment at a stage counted customer by customer from their events in a journey (oldest first): a
 * customer takes part with the first variant their events at the stage carry, from the first time they were there
 * (whether or not that event carried it); they converted when a PURCHASE — or, with a conversion stage, an event at
 * that stage — comes at or after that time. A customer can be taken away again exactly as they were added.
 */
public final class ExperimentCounter {

    private final String stageKey;
    private final String conversionStage;
    private final Map<String, long[]> counts = new HashMap<>();   // variant → {participants, conversions}

    /** {@code conversionStage} null: a PURCHASE converts. */
    public ExperimentCounter(String stageKey, String conversionStage) {
        this.stageKey = stageKey;
        this.conversionStage = conversionStage;
    }

    public void add(List<JourneyEvent> events) {
        count(events, 1);
    }

    public void remove(List<JourneyEvent> events) {
        count(events, -1);
    }

    /** Per variant taking part, the participants and those who converted, by variant name. */
    public List<ExperimentStats.VariantCount> counts() {
        List<ExperimentStats.VariantCount> answer = new ArrayList<>();
        counts.forEach((variant, c) -> answer.add(new ExperimentStats.VariantCount(variant, Math.toIntExact(c[0]), Math.toIntExact(c[1]))));
        answer.sort(java.util.Comparator.comparing(ExperimentStats.VariantCount::variant));
        return answer;
    }

    private void count(List<JourneyEvent> events, int sign) {
        Instant first = null;
        String variant = null;
        for (JourneyEvent event : events) {
            if (stageKey.equals(event.stageKey())) {
                first = first == null ? event.at() : first;
                variant = variant == null ? event.variant() : variant;
            }
        }
        if (variant == null) {
            return;
        }
        boolean converted = false;
        for (JourneyEvent event : events) {
            converted |= converts(event) && !event.at().isBefore(first);
        }
        long[] c = counts.computeIfAbsent(variant, v -> new long[2]);
        c[0] += sign;
        c[1] += converted ? sign : 0;
        if (c[0] == 0) {
            counts.remove(variant);
        }
    }

    private boolean converts(JourneyEvent event) {
        return conversionStage == null ? event.isPurchase() : conversionStage.equals(event.stageKey());
    }
}
