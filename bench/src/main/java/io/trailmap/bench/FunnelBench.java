package io.trailmap.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.trailmap.bench.Report.f;

/**
 * A 6-stage funnel over synthetic traffic loaded straight into touchpoint-service's tables (10
 * events per customer; how deep each customer gets and when are fixed by its number; every 50th
 * customer reaches stage 3 before stage 2, which the funnel must not count): the served endpoint,
 * cold and repeated, against one plain SQL computation over the raw events in the same run.
 */
final class FunnelBench {

    static final List<String> STAGES = List.of("s1", "s2", "s3", "s4", "s5", "s6");

    private final Http touchpoints;
    private final Connection db;
    private final String tenant;
    private final int customers;
    private final int calls;

    FunnelBench(Http touchpoints, Connection db, String tenant, int customers, int calls) {
        this.touchpoints = touchpoints;
        this.db = db;
        this.tenant = tenant;
        this.customers = customers;
        this.calls = calls;
    }

    void run(Report report) throws Exception {
        UUID journey = UUID.nameUUIDFromBytes(("bench-funnel-" + customers).getBytes());
        long loadStart = System.nanoTime();
        long events = load(journey);
        double loadSeconds = Stats.millisSince(loadStart) / 1000;
        System.out.printf("funnel: loaded %d events of %d customers in %.0f s%n", events, customers, loadSeconds);

        String path = "/analytics/funnel?journeyId=" + journey + "&stages=" + String.join(",", STAGES) + "&window=P30D";
        long t = System.nanoTime();
        JsonNode first = touchpoints.get(path);
        double cold = Stats.millisSince(t);
        List<Double> served = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            t = System.nanoTime();
            touchpoints.get(path);
            served.add(Stats.millisSince(t));
        }
        List<Double> raw = new ArrayList<>();
        long[] rawCounts = null;
        for (int i = 0; i < 3; i++) {
            t = System.nanoTime();
            rawCounts = rawFunnel(journey);
            raw.add(Stats.millisSince(t));
        }
        long[] servedCounts = new long[STAGES.size()];
        for (int k = 0; k < STAGES.size(); k++) {
            servedCounts[k] = first.get("stages").get(k).get("customers").asLong();
        }
        boolean identical = java.util.Arrays.equals(servedCounts, rawCounts);
        Stats s = Stats.of(served);
        Stats r = Stats.of(raw);

        report.section("2. Funnel", f("""
                %,d events of %,d customers on one journey, loaded by SQL into `interactions` with the rollups built from them
                (%.0f s). `GET /analytics/funnel` over 6 stages, window P30D: the first call, then %d repeated calls. Baseline:
                one plain SQL query over the raw events (first time per customer and stage, then the ordered window rule),
                3 runs. Customers per stage — served %s, raw SQL %s: **%s**.""",
                events, customers, loadSeconds, calls, java.util.Arrays.toString(servedCounts), java.util.Arrays.toString(rawCounts),
                identical ? "identical" : "DIFFERENT"));
        report.row("served funnel p50 / p95 (repeated)", f("%.0f / %.0f ms", s.p(50), s.p(95)), f("raw SQL median %.0f ms", r.p(50)),
                f("%.3f", s.p(50) / r.p(50)), "≤ 100 ms p95", s.p(95) <= 100);
        report.row("served funnel, first call (as every first call after new data: counted from the rollup)", f("%.0f ms", cold),
                f("raw SQL median %.0f ms", r.p(50)), f("%.2f", cold / r.p(50)), "", null);
        report.row("raw SQL funnel median", f("%.0f ms", r.p(50)), "", "", "≤ 2 s", r.p(50) <= 2000);
        if (!identical) {
            throw new IllegalStateException("served and raw funnels differ");
        }
    }

    private long load(UUID journey) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM interactions WHERE tenant_id = '" + tenant + "'");
            s.execute("DELETE FROM customer_stage_progress WHERE tenant_id = '" + tenant + "'");
            s.execute("DELETE FROM customer_journeys WHERE tenant_id = '" + tenant + "'");
            // depth: how many stages customer c reaches (40 % one, 25 % two, … 4 % all six); event n goes to stage 1 + (n−1) mod depth
            String sql = """
                    INSERT INTO interactions (id, tenant_id, event_id, customer_id, journey_id, stage_key, touchpoint_id, type, occurred_at, received_at)
                    SELECT gen_random_uuid(), '%s', 'f' || c || '-' || n, 'c' || c, '%s'::uuid, 's' || st, '%s'::uuid, 'VISIT',
                           timestamptz '2026-01-01 00:00:00Z' + ((c * 104729) %% 7776000) * interval '1 second'
                             + (st - 1) * interval '6 hours' + n * interval '1 minute'
                             - CASE WHEN c %% 50 = 0 AND st = 3 THEN interval '2 days' ELSE interval '0' END,
                           now()
                    FROM generate_series(1::bigint, %d) c
                    CROSS JOIN LATERAL (SELECT CASE WHEN (c * 7919) %% 100 < 40 THEN 1 WHEN (c * 7919) %% 100 < 65 THEN 2
                                                    WHEN (c * 7919) %% 100 < 80 THEN 3 WHEN (c * 7919) %% 100 < 90 THEN 4
                                                    WHEN (c * 7919) %% 100 < 96 THEN 5 ELSE 6 END AS depth) d
                    CROSS JOIN generate_series(1, 10) n
                    CROSS JOIN LATERAL (SELECT 1 + (n - 1) %% d.depth AS st) s
                    """.formatted(tenant, journey, UUID.nameUUIDFromBytes("bench-touchpoint".getBytes()), customers);
            long events = s.executeUpdate(sql);
            s.execute("""
                    INSERT INTO customer_stage_progress (tenant_id, journey_id, customer_id, stage_key, first_reached_at, last_reached_at, interactions)
                    SELECT tenant_id, journey_id, customer_id, stage_key, min(occurred_at), max(occurred_at), count(*)
                    FROM interactions WHERE tenant_id = '%s' GROUP BY 1, 2, 3, 4""".formatted(tenant));
            s.execute("""
                    INSERT INTO customer_journeys (tenant_id, journey_id, customer_id, first_seen_at, last_seen_at, interactions, conversions)
                    SELECT tenant_id, journey_id, customer_id, min(occurred_at), max(occurred_at), count(*), 0
                    FROM interactions WHERE tenant_id = '%s' GROUP BY 1, 2, 3""".formatted(tenant));
            db.commit();
            db.setAutoCommit(true);
            s.execute("VACUUM ANALYZE interactions");
            s.execute("VACUUM ANALYZE customer_stage_progress");
            return events;
        }
    }

    /** The funnel in one SQL statement over the raw events, with FunnelCalculator's rule. */
    private long[] rawFunnel(UUID journey) throws Exception {
        String sql = """
                WITH t AS (
                    SELECT customer_id,
                           min(occurred_at) FILTER (WHERE stage_key = 's1') t1, min(occurred_at) FILTER (WHERE stage_key = 's2') t2,
                           min(occurred_at) FILTER (WHERE stage_key = 's3') t3, min(occurred_at) FILTER (WHERE stage_key = 's4') t4,
                           min(occurred_at) FILTER (WHERE stage_key = 's5') t5, min(occurred_at) FILTER (WHERE stage_key = 's6') t6
                    FROM interactions WHERE tenant_id = ? AND journey_id = ? GROUP BY customer_id),
                r AS (SELECT t1, t1 + interval '30 days' AS d, t2, t3, t4, t5, t6 FROM t WHERE t1 IS NOT NULL),
                k AS (SELECT (t2 >= t1 AND t2 <= d) AS k2, t2, t3, t4, t5, t6, d FROM r),
                k3 AS (SELECT k2, k2 AND t3 >= t2 AND t3 <= d AS k3, t3, t4, t5, t6, d FROM k),
                k4 AS (SELECT k2, k3, k3 AND t4 >= t3 AND t4 <= d AS k4, t4, t5, t6, d FROM k3),
                k5 AS (SELECT k2, k3, k4, k4 AND t5 >= t4 AND t5 <= d AS k5, t5, t6, d FROM k4)
                SELECT count(*), count(*) FILTER (WHERE k2), count(*) FILTER (WHERE k3), count(*) FILTER (WHERE k4),
                       count(*) FILTER (WHERE k5), count(*) FILTER (WHERE k5 AND t6 >= t5 AND t6 <= d)
                FROM k5""";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, tenant);
            s.setObject(2, journey);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long[] counts = new long[6];
                for (int i = 0; i < 6; i++) {
                    counts[i] = r.getLong(i + 1);
                }
                return counts;
            }
        }
    }
}
