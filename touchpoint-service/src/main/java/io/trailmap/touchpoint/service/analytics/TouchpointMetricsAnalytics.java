package io.trailmap.touchpoint.service.analytics;

import io.trailmap.common.postgres.TenantOwnedEntity;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.TouchpointMetricsView;
import io.trailmap.touchpoint.domain.TouchpointEntity;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import io.trailmap.touchpoint.service.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reach, interactions, conversions and the daily trend of touchpoints, one or many in one call. */
@ApplicationScoped
public class TouchpointMetricsAnalytics {

    private final Sql sql;
    private final CurrentTenant tenant;

    public TouchpointMetricsAnalytics(Sql sql, CurrentTenant tenant) {
        this.sql = sql;
        this.tenant = tenant;
    }

    @Transactional
    public TouchpointMetricsView touchpoint(Watermark counted, UUID touchpointId, TimeRange range) {
        TenantOwnedEntity.requireOwned(TouchpointEntity.<TouchpointEntity>findById(touchpointId), tenant.id(), "touchpoint", touchpointId);
        return metrics(counted, Set.of(touchpointId), range).get(touchpointId);
    }

    /** Metrics per id, in order; null for ids that are not in the caller's catalogue. */
    @Transactional
    public List<TouchpointMetricsView> touchpoints(Watermark counted, List<UUID> ids, TimeRange range) {
        Set<UUID> known = Catalogue.entries(ids).keySet();
        Map<UUID, TouchpointMetricsView> metrics = metrics(counted, known, range);
        return ids.stream().map(metrics::get).toList();
    }

    private Map<UUID, TouchpointMetricsView> metrics(Watermark counted, Set<UUID> ids, TimeRange range) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String owner = tenant.id();
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
            views.put(id, new TouchpointMetricsView(id, range.from(), range.to(), total.reach(), total.interactions(), converted,
                    total.reach() == 0 ? null : (double) converted / total.reach(), trends.getOrDefault(id, List.of()),
                    counted.dataAsOf()));
        }
        return views;
    }
}
