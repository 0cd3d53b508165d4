package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.service.Sql;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Touchpoint metrics of many touchpoints at once: three statements whatever their number. */
final class TouchpointMetricsQueries {

    private static final String IN_RANGE = "tenant_id = ? AND touchpoint_id = ANY (?) AND occurred_at >= ? AND occurred_at < ?";

    record Totals(long interactions, long reach) {
    }

    record Day(UUID touchpointId, LocalDate day, long interactions, long customers) {
    }

    private TouchpointMetricsQueries() {
    }

    /** Interactions and distinct customers per touchpoint; touchpoints without interactions in the range are absent. */
    static Map<UUID, Totals> totals(Sql sql, String tenant, Collection<UUID> ids, TimeRange range) {
        Map<UUID, Totals> totals = new HashMap<>();
        sql.each("SELECT touchpoint_id, count(*) AS n, count(DISTINCT customer_id) AS reach FROM interactions WHERE " + IN_RANGE
                        + " GROUP BY touchpoint_id", params(tenant, ids, range),
                row -> totals.put(row.getObject("touchpoint_id", UUID.class), new Totals(row.getLong("n"), row.getLong("reach"))));
        return totals;
    }

    /** Per touchpoint, the customers who touched it in the range and converted in the same journey at or after a touch there. */
    static Map<UUID, Long> conversions(Sql sql, String tenant, Collection<UUID> ids, TimeRange range) {
        Map<UUID, Long> converted = new HashMap<>();
        sql.each("""
                        SELECT i.touchpoint_id, count(DISTINCT i.customer_id) AS converted FROM interactions i
                        JOIN customer_journeys cj ON cj.tenant_id = i.tenant_id AND cj.journey_id = i.journey_id
                             AND cj.customer_id = i.customer_id AND cj.last_conversion_at >= i.occurred_at
                        WHERE i.tenant_id = ? AND i.touchpoint_id = ANY (?) AND i.occurred_at >= ? AND i.occurred_at < ?
                        GROUP BY i.touchpoint_id""", params(tenant, ids, range),
                row -> converted.put(row.getObject("touchpoint_id", UUID.class), row.getLong("converted")));
        return converted;
    }

    /** Per touchpoint and UTC day, interactions and distinct customers, oldest day first. */
    static List<Day> days(Sql sql, String tenant, Collection<UUID> ids, TimeRange range) {
        return sql.list("SELECT touchpoint_id, (occurred_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n,"
                        + " count(DISTINCT customer_id) AS customers FROM interactions WHERE " + IN_RANGE + " GROUP BY 1, 2 ORDER BY 1, 2",
                params(tenant, ids, range), row -> new Day(row.getObject("touchpoint_id", UUID.class),
                        row.getObject("day", LocalDate.class), row.getLong("n"), row.getLong("customers")));
    }

    private static List<Object> params(String tenant, Collection<UUID> ids, TimeRange range) {
        return List.of(tenant, ids.toArray(UUID[]::new), range.lowerBound(), range.upperBound());
    }
}
