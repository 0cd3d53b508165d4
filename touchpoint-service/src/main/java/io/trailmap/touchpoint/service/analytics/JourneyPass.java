package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One read of a journey's customers (kept touches or raw, {@link JourneyEvents}) over the union of the ranges
 * its folds read, each customer's events handed to every fold that has some in its own range: the cost of
 * reading and decoding a million customers is paid once for all the analytics refreshed together.
 */
final class JourneyPass {

    /** A journey analytic as kept: what it depends on besides the data, and how it adds up. */
    interface Key extends KeptResults.GroupKey {

        UUID journeyId();

        /** A new, empty fold of this analytic. */
        JourneyFold<?> fold();

        @Override
        default Object group() {
            return journeyId();
        }
    }

    private JourneyPass() {
    }

    /**
     * {@code key}'s result from the kept touches, kept between calls: when it computes, in one pass with the
     * journey's other analytics asked lately ({@link KeptResults#answer(KeptResults.GroupKey, Watermark, java.util.function.Function)}).
     */
    static <T> KeptResults.Result<T> kept(KeptResults kept, Sql sql, Key key, Watermark counted) {
        return kept.answer(key, counted, (List<Key> keys) -> run(sql, AnalyticsSource.ROLLUP, key.tenant(), key.journeyId(),
                keys.stream().map(Key::fold).toList()));
    }

    /** {@code key}'s result computed now, alone, from {@code source}. */
    @SuppressWarnings("unchecked")
    static <T> T computed(Sql sql, AnalyticsSource source, Key key) {
        return (T) run(sql, source, key.tenant(), key.journeyId(), List.of(key.fold())).getFirst();
    }

    /** Runs {@code folds} (each added up exactly as if it had read alone) and answers their results, in order. */
    static List<Object> run(Sql sql, AnalyticsSource source, String tenant, UUID journeyId, List<? extends JourneyFold<?>> folds) {
        JourneyEvents.forEachCustomer(sql, source, tenant, journeyId, union(folds), events -> {
            for (JourneyFold<?> fold : folds) {
                List<JourneyEvent> in = within(events, fold.reads());
                if (!in.isEmpty()) {
                    fold.add(in);
                }
            }
        });
        List<Object> results = new ArrayList<>(folds.size());
        folds.forEach(fold -> results.add(fold.result()));
        return results;
    }

    /** The smallest range holding every fold's. */
    static TimeRange union(List<? extends JourneyFold<?>> folds) {
        Instant from = folds.getFirst().reads().from();
        Instant to = folds.getFirst().reads().to();
        for (JourneyFold<?> fold : folds) {
            TimeRange range = fold.reads();
            from = from == null || range.from() == null ? null : range.from().isBefore(from) ? range.from() : from;
            to = to == null || range.to() == null ? null : range.to().isAfter(to) ? range.to() : to;
        }
        return new TimeRange(from, to);
    }

    /** The events (oldest first) in {@code range}: one contiguous run of them. */
    static List<JourneyEvent> within(List<JourneyEvent> events, TimeRange range) {
        if (range.from() == null && range.to() == null) {
            return events;
        }
        int first = 0;
        while (first < events.size() && range.from() != null && events.get(first).at().isBefore(range.from())) {
            first++;
        }
        int end = first;
        while (end < events.size() && (range.to() == null || events.get(end).at().isBefore(range.to()))) {
            end++;
        }
        return events.subList(first, end);
    }
}
