package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.Sql;

import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One read of a journey's customers (kept touches or raw, {@link JourneyEvents}) over the union of the ranges
 * its folds read, each customer's events handed to every fold that has some in its own range: the cost of
 * reading and decoding a million customers is paid once for all the analytics refreshed together. Kept analytics
 * keep their folds ({@link KeptFolds}): their next pass reads only the customers changed since, each taken away
 * as it was and added as it is, when every fold of the pass counts up to the same version and the changes since
 * can be followed; else it reads every customer afresh.
 */
final class JourneyPass {

    private static final Logger LOG = Logger.getLogger(JourneyPass.class);

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
    static <T> KeptResults.Result<T> kept(KeptResults kept, KeptFolds folds, Sql sql, Key key, Watermark counted) {
        return kept.answer(key, counted, (List<Key> keys) -> refreshed(sql, folds, key.tenant(), key.journeyId(), keys,
                counted.epoch()));
    }

    /** The results of {@code keys} (of one journey), from their kept folds and the customers changed since, or afresh. */
    static List<Object> refreshed(Sql sql, KeptFolds kept, String tenant, UUID journeyId, List<Key> keys, long epoch) {
        List<KeptFolds.Kept> taken = keys.stream().map(kept::take).toList();
        if (KeptFolds.allOf(taken, epoch)) {
            List<JourneyFold<?>> folds = taken.stream().<JourneyFold<?>>map(fold -> (JourneyFold<?>) fold.fold()).toList();
            List<Long> since = taken.stream().map(KeptFolds.Kept::version).toList();
            Long reached = JourneyEvents.changedSince(sql, tenant, journeyId, union(folds), since, customer -> {
                for (int i = 0; i < folds.size(); i++) {
                    if (customer.changedSince(since.get(i))) {
                        JourneyFold<?> fold = folds.get(i);
                        List<JourneyEvent> was = within(customer.at(since.get(i)), fold.reads());
                        List<JourneyEvent> is = within(customer.now(), fold.reads());
                        if (!was.isEmpty()) {
                            fold.remove(was);
                        }
                        if (!is.isEmpty()) {
                            fold.add(is);
                        }
                    }
                }
            });
            if (reached != null) {
                LOG.debugf("%d analytics of journey %s followed from versions %s to %d", keys.size(), journeyId, since, reached);
                kept.passed(true);
                return results(kept, keys, folds, reached, epoch);
            }
        }
        List<JourneyFold<?>> folds = keys.stream().<JourneyFold<?>>map(Key::fold).toList();
        Long reached = read(sql, AnalyticsSource.ROLLUP, tenant, journeyId, folds);
        kept.passed(false);
        return reached == null ? results(folds) : results(kept, keys, folds, reached, epoch);
    }

    private static List<Object> results(KeptFolds kept, List<Key> keys, List<JourneyFold<?>> folds, long version, long epoch) {
        List<Object> results = results(folds);
        for (int i = 0; i < keys.size(); i++) {
            kept.keep(keys.get(i), folds.get(i), version, epoch);
        }
        return results;
    }

    /** {@code key}'s result computed now, alone, from {@code source}. */
    @SuppressWarnings("unchecked")
    static <T> T computed(Sql sql, AnalyticsSource source, Key key) {
        return (T) run(sql, source, key.tenant(), key.journeyId(), List.of(key.fold())).getFirst();
    }

    /** Runs {@code folds} (each added up exactly as if it had read alone) and answers their results, in order. */
    static List<Object> run(Sql sql, AnalyticsSource source, String tenant, UUID journeyId, List<? extends JourneyFold<?>> folds) {
        read(sql, source, tenant, journeyId, folds);
        return results(folds);
    }

    /** Hands {@code folds} every customer; answers the rollup version read, null when the read cannot say. */
    private static Long read(Sql sql, AnalyticsSource source, String tenant, UUID journeyId, List<? extends JourneyFold<?>> folds) {
        return JourneyEvents.forEachCustomer(sql, source, tenant, journeyId, union(folds), events -> {
            for (JourneyFold<?> fold : folds) {
                List<JourneyEvent> in = within(events, fold.reads());
                if (!in.isEmpty()) {
                    fold.add(in);
                }
            }
        });
    }

    private static List<Object> results(List<? extends JourneyFold<?>> folds) {
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
