package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.FunnelCalculator;
import io.trailmap.touchpoint.analytics.FunnelStep;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.service.Sql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The funnel counted inside PostgreSQL from the progress rollup: one row per customer with their
 * first time at each stage, the depth they reached by {@link FunnelCalculator}'s rule, then counts and
 * median times per stage — one result row instead of every customer's times shipped to the service.
 * {@link FunnelCalculator} over the raw interactions stays the reference (RAW source) the two are checked against.
 */
final class RollupFunnel {

    /** A piece of SQL and the values of its placeholders, in order. */
    private record Fragment(String sql, List<Object> params) {
    }

    private RollupFunnel() {
    }

    static List<FunnelStep> steps(Sql sql, String tenant, UUID journeyId, List<String> stages, Duration window, TimeRange entered,
                                  String variant) {
        int n = stages.size();
        Fragment times = timesPerCustomer(tenant, journeyId, stages, variant);
        Fragment depth = depthReached(n, window, entered);
        StringBuilder query = new StringBuilder("SELECT ");
        for (int k = 0; k < n; k++) {
            query.append(k == 0 ? "" : ", ").append("count(*) FILTER (WHERE depth > ").append(k).append(") AS c").append(k);
        }
        for (int k = 0; k + 1 < n; k++) {
            // microseconds as a double: exact, and the median of an even count is the mean of the middle two, as in the calculator
            query.append(", percentile_cont(0.5) WITHIN GROUP (ORDER BY (extract(epoch FROM t").append(k + 1).append(" - t").append(k)
                    .append(") * 1000000)::float8) FILTER (WHERE depth > ").append(k + 1).append(") AS m").append(k);
        }
        query.append(" FROM (SELECT *, ").append(depth.sql()).append(" AS depth FROM (").append(times.sql()).append(") times) reached");
        List<Object> params = new ArrayList<>(depth.params());
        params.addAll(times.params());

        int[] counts = new int[n];
        Duration[] medians = new Duration[n];
        sql.each(query.toString(), params, row -> {
            for (int k = 0; k < n; k++) {
                counts[k] = row.getInt("c" + k);
            }
            for (int k = 0; k + 1 < n; k++) {
                double micros = row.getDouble("m" + k);
                medians[k] = row.wasNull() ? null : Duration.ofNanos(Math.round(micros * 1_000));
            }
        });
        return FunnelCalculator.steps(stages, counts, medians);
    }

    /** Per customer of the journey (who saw the variant, if given), the first time at each stage: t0 … t(n−1). */
    private static Fragment timesPerCustomer(String tenant, UUID journeyId, List<String> stages, String variant) {
        List<Object> params = new ArrayList<>();
        StringBuilder times = new StringBuilder("SELECT ");
        for (int k = 0; k < stages.size(); k++) {
            times.append(k == 0 ? "" : ", ").append("min(first_reached_at) FILTER (WHERE stage_key = ?) AS t").append(k);
            params.add(stages.get(k));
        }
        times.append(" FROM customer_stage_progress WHERE tenant_id = ? AND journey_id = ? AND stage_key = ANY (?)");
        params.addAll(List.of(tenant, journeyId, stages.toArray(String[]::new)));
        if (variant != null) {
            times.append(" AND customer_id IN (SELECT customer_id FROM customer_stage_progress"
                    + " WHERE tenant_id = ? AND journey_id = ? AND variant = ?)");
            params.addAll(List.of(tenant, journeyId, variant));
        }
        return new Fragment(times.append(" GROUP BY customer_id").toString(), params);
    }

    /**
     * How many stages in a row a customer counts at: entered in the range, then each next stage no earlier
     * than the one before and no later than the entry plus the window (CASE stops at the first stage that fails).
     */
    private static Fragment depthReached(int n, Duration window, TimeRange entered) {
        List<Object> params = new ArrayList<>(List.of(entered.lowerBound(), entered.upperBound()));
        StringBuilder depth = new StringBuilder("CASE WHEN t0 IS NULL OR t0 < ? OR t0 >= ? THEN 0");
        for (int k = 1; k < n; k++) {
            depth.append(" WHEN t").append(k).append(" IS NULL OR t").append(k).append(" < t").append(k - 1)
                    .append(" OR t").append(k).append(" > t0 + ? * interval '1 microsecond' THEN ").append(k);
            params.add(window.toNanos() / 1_000);   // timestamps are microseconds: at > entry + window ⇔ beyond its whole microseconds
        }
        return new Fragment(depth.append(" ELSE ").append(n).append(" END").toString(), params);
    }
}
