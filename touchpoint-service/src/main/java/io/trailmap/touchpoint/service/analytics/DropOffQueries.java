package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.service.Sql;

import java.util.List;
import java.util.UUID;

/** The raw reads of the drop-off ranking: where non-converters were last seen, and abandoned carts. */
final class DropOffQueries {

    /** Customers whose last touch in the range was this (touchpoint, stage); the totals over every group, listed or not. */
    record LastTouches(UUID touchpointId, String stageKey, long customers, long nonConvertingCustomers, int groups) {
    }

    record Carts(long carts, long abandoned) {
    }

    private DropOffQueries() {
    }

    /** The top {@code limit} last touches of customers with interactions in the range and no PURCHASE there. */
    static List<LastTouches> lastTouches(Sql sql, String tenant, UUID journeyId, TimeRange range, int limit) {
        // the window functions count every group before LIMIT keeps the top ones
        return sql.list("""
                        WITH in_range AS (
                            SELECT customer_id, touchpoint_id, stage_key, type, occurred_at, event_id FROM interactions
                            WHERE tenant_id = ? AND journey_id = ? AND occurred_at >= ? AND occurred_at < ?),
                        last_touch AS (
                            SELECT DISTINCT ON (customer_id) customer_id, touchpoint_id, stage_key FROM in_range
                            WHERE customer_id NOT IN (SELECT customer_id FROM in_range WHERE type = 'PURCHASE')
                            ORDER BY customer_id, occurred_at DESC, event_id DESC)
                        SELECT touchpoint_id, stage_key, count(*) AS customers,
                               sum(count(*)) OVER () AS non_converting, count(*) OVER () AS touches
                        FROM last_touch GROUP BY touchpoint_id, stage_key
                        ORDER BY customers DESC, touchpoint_id, stage_key LIMIT ?""",
                List.of(tenant, journeyId, range.lowerBound(), range.upperBound(), limit),
                row -> new LastTouches(row.getObject("touchpoint_id", UUID.class), row.getString("stage_key"),
                        row.getLong("customers"), row.getLong("non_converting"), row.getInt("touches")));
    }

    /** Customers whose last ADD_TO_CART/CHECKOUT_STARTED in the range, and those with no PURCHASE after it before the range ends. */
    static Carts carts(Sql sql, String tenant, UUID journeyId, TimeRange range) {
        return sql.list("""
                        SELECT count(*) AS carts,
                               count(*) FILTER (WHERE NOT EXISTS (
                                   SELECT 1 FROM interactions p WHERE p.tenant_id = ? AND p.customer_id = c.customer_id
                                   AND p.journey_id = ? AND p.type = 'PURCHASE' AND p.occurred_at >= c.cart_at AND p.occurred_at < ?)) AS abandoned
                        FROM (SELECT customer_id, max(occurred_at) AS cart_at FROM interactions
                              WHERE tenant_id = ? AND journey_id = ? AND type IN ('ADD_TO_CART', 'CHECKOUT_STARTED')
                                AND occurred_at >= ? AND occurred_at < ?
                              GROUP BY customer_id) c""",
                List.of(tenant, journeyId, range.upperBound(), tenant, journeyId, range.lowerBound(), range.upperBound()),
                row -> new Carts(row.getLong("carts"), row.getLong("abandoned"))).getFirst();
    }
}
