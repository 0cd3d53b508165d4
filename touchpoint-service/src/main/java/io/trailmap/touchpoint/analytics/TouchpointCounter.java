package io.trailmap.touchpoint.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Touchpoint metrics counted customer by customer from their touches (any journey, any order): per
 * touchpoint the interactions, the customers reached, those who converted — a PURCHASE in the journey of a
 * touch at or after it — and per UTC day the interactions and customers.
 */
public final class TouchpointCounter {

    /** A customer's touch of a touchpoint, and the last PURCHASE of that customer in the touch's journey (null: none). */
    public record CustomerTouch(UUID touchpointId, Instant at, Instant lastConversionInJourney) {
    }

    public record Day(LocalDate day, long interactions, long customers) {
    }

    public record Metrics(long interactions, long reach, long conversions, List<Day> trend) {

        public static final Metrics NONE = new Metrics(0, 0, 0, List.of());
    }

    private static final class Counts {
        long interactions;
        long reach;
        long conversions;
        final TreeMap<LocalDate, long[]> days = new TreeMap<>();
    }

    private final Set<UUID> counted;
    private final Map<UUID, Counts> counts = new HashMap<>();

    /** Counts the touches of {@code touchpoints}; touches of others are ignored. */
    public TouchpointCounter(Set<UUID> touchpoints) {
        this.counted = Set.copyOf(touchpoints);
    }

    /** Every touch of one customer (only once per customer: reach and daily customers are distinct customers). */
    public void add(List<CustomerTouch> touches) {
        count(touches, 1);
    }

    /** Takes away a customer's touches added before (as they were, when their journeys have changed since). */
    public void remove(List<CustomerTouch> touches) {
        count(touches, -1);
    }

    private void count(List<CustomerTouch> touches, int sign) {
        Set<UUID> reached = new HashSet<>();
        Set<UUID> converted = new HashSet<>();
        Map<UUID, Set<LocalDate>> days = new HashMap<>();
        for (CustomerTouch touch : touches) {
            UUID touchpoint = touch.touchpointId();
            if (!counted.contains(touchpoint)) {
                continue;
            }
            Counts of = counts.computeIfAbsent(touchpoint, id -> new Counts());
            of.interactions += sign;
            LocalDate day = LocalDate.ofInstant(touch.at(), ZoneOffset.UTC);
            long[] ofDay = of.days.computeIfAbsent(day, d -> new long[2]);
            ofDay[0] += sign;
            if (days.computeIfAbsent(touchpoint, id -> new HashSet<>()).add(day)) {
                ofDay[1] += sign;
            }
            if (ofDay[0] == 0) {
                of.days.remove(day);
            }
            if (reached.add(touchpoint)) {
                of.reach += sign;
            }
            Instant conversion = touch.lastConversionInJourney();
            if (conversion != null && !conversion.isBefore(touch.at()) && converted.add(touchpoint)) {
                of.conversions += sign;
            }
            if (of.interactions == 0) {
                counts.remove(touchpoint);
            }
        }
    }

    /** The metrics of every counted touchpoint; {@link Metrics#NONE} for one nobody touched. */
    public Map<UUID, Metrics> metrics() {
        Map<UUID, Metrics> metrics = new HashMap<>();
        for (UUID touchpoint : counted) {
            Counts of = counts.get(touchpoint);
            metrics.put(touchpoint, of == null ? Metrics.NONE : new Metrics(of.interactions, of.reach, of.conversions,
                    of.days.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1])).toList()));
        }
        return metrics;
    }
}
