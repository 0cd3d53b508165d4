package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.FunnelCalculator;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.service.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The funnel's input read from raw interactions, to check the progress rollup ({@link RollupFunnel}):
 * per customer the first time they reached each requested stage, for {@link FunnelCalculator}.
 */
final class RawStageTimes {

    private RawStageTimes() {
    }

    /** Per customer of the raw interactions, the first time at each stage (in the order of {@code stages}; null = never). */
    static List<Instant[]> readRaw(Sql sql, String tenant, UUID journeyId, List<String> stages,
                                   String variant, TimeRange entered) {
        String firsts = "SELECT customer_id, stage_key, min(occurred_at) AS at FROM interactions"
                + " WHERE tenant_id = ? AND journey_id = ? AND stage_key = ANY (?) GROUP BY customer_id, stage_key";
        String sawVariant = "SELECT customer_id FROM interactions WHERE tenant_id = ? AND journey_id = ? AND variant = ?";
        List<Object> params = new ArrayList<>(List.of(tenant, journeyId, stages.toArray(String[]::new)));
        StringBuilder query = new StringBuilder("WITH firsts AS (" + firsts + ") SELECT customer_id, stage_key, at FROM firsts f WHERE true");
        if (variant != null) {
            query.append(" AND customer_id IN (").append(sawVariant).append(")");
            params.addAll(List.of(tenant, journeyId, variant));
        }
        if (!entered.equals(TimeRange.ALL)) {
            // only customers whose first-stage time lies in [from, to): the calculator checks it exactly
            query.append(" AND EXISTS (SELECT 1 FROM firsts e WHERE e.customer_id = f.customer_id AND e.stage_key = ?"
                    + " AND e.at >= ? AND e.at < ?)");
            params.addAll(List.of(stages.getFirst(), entered.lowerBound(), entered.upperBound()));
        }
        query.append(" ORDER BY customer_id");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            index.putIfAbsent(stages.get(i), i);
        }
        List<Instant[]> customers = new ArrayList<>();
        String[] current = {null};
        sql.each(query.toString(), params, row -> {
            String customer = row.getString("customer_id");
            if (!customer.equals(current[0])) {
                customers.add(new Instant[stages.size()]);
                current[0] = customer;
            }
            customers.getLast()[index.get(row.getString("stage_key"))] = Sql.instant(row, "at");
        });
        return customers;
    }
}
