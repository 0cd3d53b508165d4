package io.trailmap.touchpoint.service.analytics;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.trailmap.common.postgres.TenantOwnedEntity;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.analytics.TouchpointCounter;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.api.TouchpointMetricsList;
import io.trailmap.touchpoint.api.TouchpointMetricsView;
import io.trailmap.touchpoint.domain.TouchpointEntity;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Reach, interactions, conversions and the daily trend of touchpoints, one or many in one call. */
@ApplicationScoped
@TransactionConfiguration(timeoutFromConfigProperty = "trailmap.analytics.transaction-timeout")
public class TouchpointMetricsAnalytics {

    /**
     * The metrics of a set of the tenant's touchpoints (a dashboard asks the same set again and again). Each
     * touchpoint's metrics are its own, whatever else is counted with it: the sets of one range are computed in
     * one pass over the union of them.
     */
    record MetricsKey(String tenant, Set<UUID> touchpointIds, TimeRange range) implements KeptResults.GroupKey {

        @Override
        public Object group() {
            return range;
        }
    }

    private final Sql sql;
    private final CurrentTenant tenant;
    private final KeptResults kept;
    private final KeptFolds folds;

    public TouchpointMetricsAnalytics(Sql sql, CurrentTenant tenant, KeptResults kept, KeptFolds folds) {
        this.sql = sql;
        this.tenant = tenant;
        this.kept = kept;
        this.folds = folds;
    }

    @Transactional
    public TouchpointMetricsView touchpoint(Watermark counted, AnalyticsSource source, UUID touchpointId, TimeRange range) {
        TenantOwnedEntity.requireOwned(TouchpointEntity.<TouchpointEntity>findById(touchpointId), tenant.id(), "touchpoint", touchpointId);
        return metrics(counted, source, Set.of(touchpointId), range).value().get(touchpointId);
    }

    /** Metrics per id, in order; null for ids that are not in the caller's catalogue. */
    @Transactional
    public TouchpointMetricsList touchpoints(Watermark counted, AnalyticsSource source, List<UUID> ids, TimeRange range) {
        Set<UUID> known = new TreeSet<>(Catalogue.entries(ids).keySet());
        if (known.isEmpty()) {
            return new TouchpointMetricsList(ids.stream().map(id -> (TouchpointMetricsView) null).toList(), counted.dataAsOf());
        }
        KeptResults.Result<Map<UUID, TouchpointMetricsView>> metrics = metrics(counted, source, known, range);
        return new TouchpointMetricsList(ids.stream().map(metrics.value()::get).toList(), metrics.dataAsOf());
    }

    /** From the touches kept per customer (kept between calls), or from raw interactions to verify them. */
    private KeptResults.Result<Map<UUID, TouchpointMetricsView>> metrics(Watermark counted, AnalyticsSource source, Set<UUID> ids,
                                                                       TimeRange range) {
        String owner = tenant.id();
        KeptResults.Result<Map<UUID, TouchpointMetricsView>> result = source == AnalyticsSource.RAW
                ? KeptResults.Result.computedAt(counted, raw(owner, ids, range))
                : kept.answer(new MetricsKey(owner, Set.copyOf(ids), range), counted,
                (List<MetricsKey> keys) -> inOnePass(keys, counted.epoch()));
        Map<UUID, TouchpointMetricsView> views = new HashMap<>();
        result.value().forEach((id, view) -> views.put(id, new TouchpointMetricsView(id, view.from(), view.to(), view.reach(),
                view.interactions(), view.conversions(), view.conversionRate(), view.trend(), result.dataAsOf())));
        return new KeptResults.Result<>(views, result.dataAsOf(), result.version(), result.epoch(), result.startedAt(), result.took());
    }

    /**
     * The metrics of every key's touchpoints (of one tenant and range), from one pass over all of them: each key's
     * counter as its last pass left it and the customers changed since, when they can be followed (see
     * {@link KeptFolds}), else every customer.
     */
    private List<Object> inOnePass(List<MetricsKey> keys, long epoch) {
        Set<UUID> all = new HashSet<>();
        keys.forEach(key -> all.addAll(key.touchpointIds()));
        MetricsKey first = keys.getFirst();
        List<KeptFolds.Kept> taken = keys.stream().map(folds::take).toList();
        if (KeptFolds.allOf(taken, epoch)) {
            List<TouchpointCounter> counters = taken.stream().map(kept -> (TouchpointCounter) kept.fold()).toList();
            List<Long> since = taken.stream().map(KeptFolds.Kept::version).toList();
            Long reached = CustomerTouches.changedSince(sql, first.tenant(), all, first.range(), since, customer -> {
                for (int i = 0; i < counters.size(); i++) {
                    if (customer.changedSince(since.get(i))) {
                        counters.get(i).remove(customer.at(since.get(i)));
                        counters.get(i).add(customer.now());
                    }
                }
            });
            if (reached != null) {
                folds.passed(true);
                return results(keys, counters, reached, epoch);
            }
        }
        List<TouchpointCounter> counters = keys.stream().map(key -> new TouchpointCounter(key.touchpointIds())).toList();
        Long reached = CustomerTouches.forEachCustomer(sql, first.tenant(), all, first.range(),
                touches -> counters.forEach(counter -> counter.add(touches)));
        folds.passed(false);
        return results(keys, counters, reached, epoch);
    }

    /** Each key's metrics from its counter, kept (when the version read is known) for the next pass. */
    private List<Object> results(List<MetricsKey> keys, List<TouchpointCounter> counters, Long version, long epoch) {
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            results.add(views(counters.get(i), keys.get(i).range()));
            if (version != null) {
                folds.keep(keys.get(i), counters.get(i), version, epoch);
            }
        }
        return results;
    }

    private static Map<UUID, TouchpointMetricsView> views(TouchpointCounter counter, TimeRange range) {
        Map<UUID, TouchpointMetricsView> views = new HashMap<>();
        counter.metrics().forEach((id, m) -> views.put(id, view(id, range, m.interactions(), m.reach(), m.conversions(),
                m.trend().stream().map(d -> new TouchpointMetricsView.Day(d.day(), d.interactions(), d.customers())).toList())));
        return Map.copyOf(views);
    }

    private static TouchpointMetricsView view(UUID id, TimeRange range, long interactions, long reach, long conversions,
                                              List<TouchpointMetricsView.Day> trend) {
        return new TouchpointMetricsView(id, range.from(), range.to(), reach, interactions, conversions,
                reach == 0 ? null : (double) conversions / reach, trend, null);
    }

    private Map<UUID, TouchpointMetricsView> raw(String owner, Set<UUID> ids, TimeRange range) {
        Map<UUID, TouchpointMetricsQueries.Totals> totals = TouchpointMetricsQueries.totals(sql, owner, ids, range);
        Map<UUID, Long> conversions = TouchpointMetricsQueries.conversions(sql, owner, ids, range);
        Map<UUID, List<TouchpointMetricsView.Day>> trends = new HashMap<>();
        for (TouchpointMetricsQueries.Day day : TouchpointMetricsQueries.days(sql, owner, ids, range)) {
            trends.computeIfAbsent(day.touchpointId(), id -> new ArrayList<>())
                    .add(new TouchpointMetricsView.Day(day.day(), day.interactions(), day.customers()));
        }
        Map<UUID, TouchpointMetricsView> views = new HashMap<>();
        for (UUID id : ids) {
            TouchpointMetricsQueries.Totals total = totals.getOrDefault(id, new TouchpointMetricsQueries.Totals(0, 0));
            long converted = conversions.getOrDefault(id, 0L);
            views.put(id, view(id, range, total.interactions(), total.reach(), converted, trends.getOrDefault(id, List.of())));
        }
        return Map.copyOf(views);
    }
}
