package io.trailmap.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.trailmap.bench.Report.f;

/**
 * A 6-stage funnel over synthetic traffic loaded straight into touchpoint-service's tables (10 events
 * per customer over 30 touchpoints, PURCHASE at stage 6, an A/B variant at stage 2; how deep each customer
 * gets and when are fixed by its number; every 50th customer reaches stage 3 before stage 2, which the
 * funnel must not count), served while new events of the same
 * journey are ingested through the API at a fixed rate — so the rollups and the funnel's inputs change
 * all the time — every call measured; then, once counted, against one plain SQL computation over the
 * raw events. The bench measures only through the API (whatever the read path caches or keeps), and
 * checks right after the load that the served funnel equals the raw one, so a read path that needs
 * state this load does not build fails here rather than later.
 */
final class FunnelBench {

    static final List<String> STAGES = List.of("s1", "s2", "s3", "s4", "s5", "s6");
    /** Touchpoints of the journey, in the catalogue: event n of customer c is at touchpoint (c · 31 + n) mod 30. */
    static final int TOUCHPOINTS = 30;
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final double SLOW_MILLIS = 250;

    private final Http touchpoints;
    private final Connection db;
    private final String tenant;
    private final int customers;
    /** Where {@link #newEvents} stopped: each customer's stage and the events generated. */
    private int[] reached;
    private long generated;
    private final int calls;
    private final double ingestRate;
    private final String rateSource;
    private final Duration ingestFor;
    private final long servicePid;
    private final long postgresPid;
    private final OtherLoad others;

    /** {@code ingestRate}: events/s ingested while the funnel is served ({@code rateSource} says where it comes from). */
    FunnelBench(Http touchpoints, Connection db, String tenant, int customers, int calls, double ingestRate, String rateSource,
                Duration ingestFor, long servicePid, long postgresPid, OtherLoad others) {
        this.touchpoints = touchpoints;
        this.db = db;
        this.tenant = tenant;
        this.customers = customers;
        this.calls = calls;
        this.ingestRate = ingestRate;
        this.rateSource = rateSource;
        this.ingestFor = ingestFor;
        this.servicePid = servicePid;
        this.postgresPid = postgresPid;
        this.others = others;
    }

    static UUID touchpoint(long index) {
        return UUID.nameUUIDFromBytes(("bench-touchpoint-" + index).getBytes());
    }

    int customers() {
        return customers;
    }

    UUID journey() {
        return UUID.nameUUIDFromBytes(("bench-funnel-" + customers).getBytes());
    }

    void run(Report report) throws Exception {
        UUID journey = journey();
        long loadStart = System.nanoTime();
        long events = load(journey);
        double loadSeconds = Stats.millisSince(loadStart) / 1000;
        System.out.printf("funnel: loaded %d events of %d customers in %.0f s%n", events, customers, loadSeconds);

        String path = "/analytics/funnel?journeyId=" + journey + "&stages=" + String.join(",", STAGES) + "&window=P30D";
        long t = System.nanoTime();
        JsonNode loaded = touchpoints.get(path);
        double coldAfterLoad = Stats.millisSince(t);
        long[] rawAfterLoad = rawFunnel(journey);
        if (!Arrays.equals(counts(loaded), rawAfterLoad)) {
            throw new IllegalStateException("right after the SQL load the served funnel " + Arrays.toString(counts(loaded))
                    + " differs from the raw SQL one " + Arrays.toString(rawAfterLoad) + ": the read path needs state that"
                    + " FunnelBench.load does not build (it fills interactions, customer_stage_progress, customer_journeys with touches)");
        }

        // served while ingestion runs: a dashboard refreshing, one call after another (100 ms apart), every call measured
        List<byte[]> bodies = newEvents("load-", (int) Math.ceil(ingestRate * ingestFor.toSeconds() / IngestionBench.BATCH));
        BatchSender sender = new BatchSender(touchpoints);
        others.awaitQuiet("funnel while ingesting");
        TableScans scansBefore = TableScans.settled(db, "interactions");
        long foldsBefore = rollupVersion();
        double othersBefore = others.cpuNow();
        double serviceCpu = CpuTime.of(servicePid);
        double postgresCpu = CpuTime.of(postgresPid);
        List<Double> underLoad = new ArrayList<>();
        List<Double> behind = new ArrayList<>();
        List<Double> lags;
        long phaseStart = System.nanoTime();
        try (ExecutorService ingest = Executors.newSingleThreadExecutor(); LagSampler sampler = LagSampler.start(touchpoints, sender,
                Duration.ofMillis(200))) {
            Future<?> ingesting = ingest.submit(() -> {
                sender.openLoop(bodies, IngestionBench.BATCH, ingestRate);
                return null;
            });
            Thread.sleep(3_000);   // the load established and the worker folding
            while (!ingesting.isDone()) {
                t = System.nanoTime();
                JsonNode answer = touchpoints.get(path);
                underLoad.add(Stats.millisSince(t));
                behind.add((double) Duration.between(Instant.parse(answer.get("dataAsOf").asText()), Instant.now()).toMillis());
                Thread.sleep(100);
            }
            ingesting.get();
            lags = sampler.stop();
        }
        double phaseSeconds = Stats.millisSince(phaseStart) / 1000;
        serviceCpu = CpuTime.of(servicePid) - serviceCpu;
        postgresCpu = CpuTime.of(postgresPid) - postgresCpu;
        double othersDuring = others.cpuNow() - othersBefore;
        long folds = rollupVersion() - foldsBefore;
        long drainStart = System.nanoTime();
        LagSampler.awaitCounted(touchpoints, sender.latest().at());
        double drainMillis = Stats.millisSince(drainStart);
        String scans = TableScans.settled(db, "interactions").since(scansBefore, sender.accepted());

        // once counted: the first call, repeated calls (nothing changes), and the raw SQL baseline
        others.awaitQuiet("funnel once counted");
        t = System.nanoTime();
        JsonNode counted = touchpoints.get(path + "&minDataAsOf=" + sender.latest().at());
        double firstCounted = Stats.millisSince(t);
        List<Double> repeated = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            t = System.nanoTime();
            touchpoints.get(path);
            repeated.add(Stats.millisSince(t));
        }
        List<Double> raw = new ArrayList<>();
        long[] rawCounts = null;
        for (int i = 0; i < 3; i++) {
            t = System.nanoTime();
            rawCounts = rawFunnel(journey);
            raw.add(Stats.millisSince(t));
        }
        long[] servedCounts = counts(counted);
        boolean identical = Arrays.equals(servedCounts, rawCounts);
        Stats s = Stats.of(underLoad);
        Stats lag = Stats.of(lags);
        Stats r = Stats.of(raw);
        Stats again = Stats.of(repeated);
        List<Double> slow = underLoad.stream().filter(ms -> ms > SLOW_MILLIS).toList();

        report.section("2. Funnel", f("""
                %,d events of %,d customers on one journey, loaded by SQL into `interactions` (as already counted: `seq` null,
                no work items) with the rollups built from them (%.0f s). `GET /analytics/funnel` over 6 stages, window P30D,
                called one call after another (100 ms apart, as a dashboard refreshing), every call measured, for %.0f s while
                new events of the same journey are ingested through the API, open loop, at %.0f events/s (%s): batches of
                %,d events of the odd-numbered customers, each event taking its customer one stage further, so the rollups
                and the funnel's counts change all the time. Then, once `dataAsOf` has passed the last acknowledgement: the
                first call, %d repeated calls, and the baseline — one plain SQL query over the raw events (first time per
                customer and stage, then the ordered window rule), 3 runs. Customers per stage — served %s, raw SQL %s:
                **%s**.""",
                events, customers, loadSeconds, phaseSeconds, ingestRate, rateSource, IngestionBench.BATCH, calls,
                Arrays.toString(servedCounts), Arrays.toString(rawCounts), identical ? "identical" : "DIFFERENT"));
        report.row(f("served funnel while ingesting, p50 / p95 / max (%d calls)", s.count()),
                f("%.0f / %.0f / %.0f ms", s.p(50), s.p(95), s.p(100)), f("raw SQL median %.0f ms", r.p(50)),
                f("%.3f", s.p(95) / r.p(50)), "≤ 100 ms p95", s.p(95) <= 100);
        report.row(f("calls above %.0f ms while ingesting", SLOW_MILLIS), f("%d of %d%s", slow.size(), s.count(), slowest(slow)),
                "", "", "none", slow.isEmpty());
        report.row("answers' `dataAsOf` behind their arrival while ingesting, p50 / p95",
                f("%.0f / %.0f ms", Stats.of(behind).p(50), Stats.of(behind).p(95)), "", "", "", null);
        report.row(f("ingestion meanwhile: accepted, 429s (back-pressure / busy / quota), 5xx (retried), folds (rollup versions); lag p50 / p99"
                        + " (%d samples)", lag.count()),
                f("%.0f events/s, %d / %d / %d, %d, %d folds; %.0f / %.0f ms", sender.accepted() / phaseSeconds, sender.backPressure(), sender.busy(),
                        sender.rateLimited(), sender.serverErrors(), folds, lag.p(50), lag.p(99)), "", "", "",
                sender.serverErrors() == 0 ? null : false);
        report.row("CPU meanwhile: service JVM / PostgreSQL; other processes (not the bench's)",
                f("%.1f / %.1f s of %.1f s wall × %d cores; %s", serviceCpu, postgresCpu, phaseSeconds,
                        Runtime.getRuntime().availableProcessors(), OtherLoad.describe(othersDuring, phaseSeconds)), "", "", "", null);
        report.row("counted after the last acknowledgement (drain)", f("%.0f ms", drainMillis), "", "", "", null);
        report.row("how PostgreSQL read `interactions` meanwhile (`pg_stat_user_tables`; the funnel reads the rollups)", scans,
                "", "", "", null);
        report.row("served funnel once counted: first call; then repeated p50 / p95", f("%.0f ms; %.0f / %.0f ms", firstCounted,
                again.p(50), again.p(95)), f("raw SQL median %.0f ms", r.p(50)), "", "", null);
        report.row("served funnel right after the SQL load (first call, nothing ingesting)", f("%.0f ms", coldAfterLoad), "", "", "",
                null);
        report.row("served funnel once counted = raw SQL (customers per stage)", Arrays.toString(servedCounts),
                "raw SQL " + Arrays.toString(rawCounts), "", "identical", identical);
        report.row("raw SQL funnel median (reference)", f("%.0f ms", r.p(50)), "", "", "", null);
        if (!identical) {
            throw new IllegalStateException("served and raw funnels differ");
        }
    }

    private static String slowest(List<Double> slow) {
        if (slow.isEmpty()) {
            return "";
        }
        List<Double> sorted = new ArrayList<>(slow);
        sorted.sort(null);
        return f(" (%.0f–%.0f ms)", sorted.getFirst(), sorted.getLast());
    }

    private static long[] counts(JsonNode funnel) {
        long[] counts = new long[STAGES.size()];
        for (int k = 0; k < STAGES.size(); k++) {
            counts[k] = funnel.get("stages").get(k).get("customers").asLong();
        }
        return counts;
    }

    /** How deep customer c gets in the SQL load: 40 % one stage, 25 % two, 15 % three, 10 % four, 6 % five, 4 % all six. */
    private static int depth(long c) {
        long d = (c * 7919) % 100;
        return d < 40 ? 1 : d < 65 ? 2 : d < 80 ? 3 : d < 90 ? 4 : d < 96 ? 5 : 6;
    }

    /**
     * New events through the API: the odd-numbered customers in a scrambled order, each event one stage beyond
     * the last the customer reached (at stage 6 they stay there, buying again), timed after it and within the window;
     * a later call goes on where the last one stopped (its events come after those too).
     */
    List<byte[]> newEvents(String eventIds, int batches) throws Exception {
        UUID journey = journey();
        int subset = Math.max(1, customers / 2);   // customers 2j + 1; none is a multiple of 50 (those reach stage 3 early)
        if (reached == null) {
            reached = new int[subset];
            for (int j = 0; j < subset; j++) {
                reached[j] = depth(2L * j + 1);
            }
        }
        List<byte[]> bodies = new ArrayList<>(batches);
        long k = generated;
        for (int b = 0; b < batches; b++) {
            List<Map<String, Object>> batch = new ArrayList<>(IngestionBench.BATCH);
            for (int i = 0; i < IngestionBench.BATCH; i++, k++) {
                int j = (int) ((k * 7919) % subset);
                long c = 2L * j + 1;
                int stage = Math.min(STAGES.size(), reached[j] + 1);
                reached[j] = stage;
                Instant at = EPOCH.plusSeconds((c * 104729) % 7776000).plus(Duration.ofHours(6L * (stage - 1)))
                        .plus(Duration.ofMinutes(30 + k / subset));
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("eventId", eventIds + k);
                event.put("customerId", "c" + c);
                event.put("journeyId", journey.toString());
                event.put("stageKey", "s" + stage);
                event.put("touchpointId", touchpoint((c * 31 + k) % TOUCHPOINTS).toString());
                event.put("type", stage == STAGES.size() ? "PURCHASE" : "VISIT");
                event.put("occurredAt", at.toString());
                if (stage == 2) {
                    event.put("variant", c % 2 == 0 ? "A" : "B");
                }
                batch.add(event);
            }
            bodies.add(Http.JSON.writeValueAsBytes(batch));
        }
        generated = k;
        return bodies;
    }

    /** The tenant's rollup version: bumped by every fold (and erasure, retention). */
    private long rollupVersion() throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT coalesce(max(version), 0) FROM rollup_versions WHERE tenant_id = ?")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * The journey's raw events and their rollups, written as the service would hold them once counted: events
     * with {@code seq} null (folded) and no work items, the rollups aggregated from them in SQL, the tenant's
     * rollup version bumped (cached analytics of an older version are stale). The tenant's earlier data goes
     * first; its queued work (section 1) must have been counted.
     */
    private long load(UUID journey) throws Exception {
        awaitNoQueuedWork();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM interactions WHERE tenant_id = '" + tenant + "'");
            s.execute("DELETE FROM customer_stage_progress WHERE tenant_id = '" + tenant + "'");
            s.execute("DELETE FROM customer_journeys WHERE tenant_id = '" + tenant + "'");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < TOUCHPOINTS; i++) {
                ids.add("'" + touchpoint(i) + "'");
                s.execute("""
                        INSERT INTO touchpoints (id, tenant_id, name, channel, mode, funnel_position, importance, created_at, updated_at, version)
                        VALUES ('%s', '%s', 'Bench touchpoint %d', '%s', 'ONLINE', 'MOFU', 3, now(), now(), 0)
                        ON CONFLICT (id) DO NOTHING""".formatted(touchpoint(i), tenant, i, List.of("WEBSITE", "EMAIL", "SOCIAL_MEDIA",
                        "SEARCH_ENGINE", "MOBILE_APP", "CHECKOUT").get(i % 6)));
            }
            String touchpoints = "(ARRAY[" + String.join(", ", ids) + "]::uuid[])";
            // depth: how many stages customer c reaches (see depth()); event n goes to stage 1 + (n−1) mod depth
            String sql = """
                    INSERT INTO interactions (id, tenant_id, event_id, customer_id, journey_id, stage_key, touchpoint_id, type, occurred_at,
                                              received_at, seq, variant)
                    SELECT gen_random_uuid(), '%s', 'f' || c || '-' || n, 'c' || c, '%s'::uuid, 's' || st,
                           %s[1 + (c * 31 + n) %% %d], CASE WHEN st = 6 THEN 'PURCHASE' ELSE 'VISIT' END,
                           timestamptz '2026-01-01 00:00:00Z' + ((c * 104729) %% 7776000) * interval '1 second'
                             + (st - 1) * interval '6 hours' + n * interval '1 minute'
                             - CASE WHEN c %% 50 = 0 AND st = 3 THEN interval '2 days' ELSE interval '0' END,
                           now(), NULL, CASE WHEN st = 2 THEN CASE WHEN c %% 2 = 0 THEN 'A' ELSE 'B' END END
                    FROM generate_series(1::bigint, %d) c
                    CROSS JOIN LATERAL (SELECT CASE WHEN (c * 7919) %% 100 < 40 THEN 1 WHEN (c * 7919) %% 100 < 65 THEN 2
                                                    WHEN (c * 7919) %% 100 < 80 THEN 3 WHEN (c * 7919) %% 100 < 90 THEN 4
                                                    WHEN (c * 7919) %% 100 < 96 THEN 5 ELSE 6 END AS depth) d
                    CROSS JOIN generate_series(1, 10) n
                    CROSS JOIN LATERAL (SELECT 1 + (n - 1) %% d.depth AS st) s
                    """.formatted(tenant, journey, touchpoints, TOUCHPOINTS, customers);
            long events = s.executeUpdate(sql);
            s.execute("""
                    INSERT INTO customer_stage_progress (tenant_id, journey_id, customer_id, stage_key, first_reached_at, last_reached_at,
                                                         interactions, variant, variant_at)
                    SELECT tenant_id, journey_id, customer_id, stage_key, min(occurred_at), max(occurred_at), count(*),
                           (array_agg(variant ORDER BY occurred_at) FILTER (WHERE variant IS NOT NULL))[1],
                           min(occurred_at) FILTER (WHERE variant IS NOT NULL)
                    FROM interactions WHERE tenant_id = '%s' GROUP BY 1, 2, 3, 4""".formatted(tenant));
            s.execute("""
                    INSERT INTO customer_journeys (tenant_id, journey_id, customer_id, first_seen_at, last_seen_at, interactions, conversions,
                                                   first_conversion_at, last_conversion_at, touches)
                    SELECT tenant_id, journey_id, customer_id, min(occurred_at), max(occurred_at), count(*),
                           count(*) FILTER (WHERE type = 'PURCHASE'), min(occurred_at) FILTER (WHERE type = 'PURCHASE'),
                           max(occurred_at) FILTER (WHERE type = 'PURCHASE'),
                           string_agg(touch_bytes(occurred_at, touchpoint_id, stage_key, type, channel, variant), ''::bytea
                                      ORDER BY occurred_at, event_id)
                    FROM interactions WHERE tenant_id = '%s' GROUP BY 1, 2, 3""".formatted(tenant));
            s.execute("""
                    INSERT INTO rollup_versions AS v (tenant_id, version) VALUES ('%s', 1)
                    ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1""".formatted(tenant));
            db.commit();
            db.setAutoCommit(true);
            s.execute("VACUUM ANALYZE interactions");
            s.execute("VACUUM ANALYZE customer_stage_progress");
            s.execute("VACUUM ANALYZE customer_journeys");
            return events;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Section 1's work items folded before its data is replaced (none may be left for events that are gone). */
    private void awaitNoQueuedWork() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM rollup_work")) {
                r.next();
                if (r.getLong(1) == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("rollup work still queued after 10 minutes");
            }
            Thread.sleep(200);
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
