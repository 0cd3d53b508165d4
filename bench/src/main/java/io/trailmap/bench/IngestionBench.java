package io.trailmap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.datagen.GeneratedInteraction;
import io.trailmap.datagen.InteractionGenerator;
import io.trailmap.datagen.JourneyScenario;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.trailmap.bench.Report.f;

/**
 * Sustained {@code POST /interactions}: batches of 1 000 time-ordered events of many customers from
 * concurrent clients (closed loop, a 429 retried after its Retry-After), with the lag from
 * acknowledgement to counted sampled from the client side meanwhile; against PostgreSQL COPY of the same
 * rows into a table holding only the dedupe key and into a bare table of all columns, same database,
 * same run. Then the batch latency and lag at 70 % of the measured rate (open loop), and the served
 * funnel over everything ingested against the service's own recomputation from the raw events.
 */
final class IngestionBench {

    static final int BATCH = 1_000;
    private static final String LAG = "trailmap_ingest_lag_seconds";

    private final Http touchpoints;
    private final Connection db;
    private final int events;
    private final int clients;
    private final Duration pacedFor;
    private final long servicePid;
    private final long postgresPid;
    private final OtherLoad others;

    IngestionBench(Http touchpoints, Connection db, int events, int clients, Duration pacedFor, long servicePid, long postgresPid,
                   OtherLoad others) {
        this.others = others;
        this.servicePid = servicePid;
        this.postgresPid = postgresPid;
        this.touchpoints = touchpoints;
        this.db = db;
        this.events = events;
        this.clients = clients;
        this.pacedFor = pacedFor;
    }

    /** CPU seconds of the three sides between two moments. */
    private record Cpu(double service, double postgres, double client, CpuTime.ByKind postgresByKind) {
        static Cpu now(long servicePid, long postgresPid) {
            return new Cpu(CpuTime.of(servicePid), CpuTime.of(postgresPid), CpuTime.own(), CpuTime.ByKind.of(postgresPid));
        }
    }

    /** Runs the section; answers the measured HTTP rate in events/s (section 2 ingests at half of it). */
    double run(Report report) throws Exception {
        UUID journey = UUID.nameUUIDFromBytes("bench-ingestion".getBytes());
        JourneyScenario scenario = JourneyScenario.ecommerce(journey);
        List<GeneratedInteraction> generated = new InteractionGenerator(2026)
                .generate(scenario, Math.max(1, events / 2), Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(90));
        if (generated.size() < events) {
            throw new IllegalStateException("generated " + generated.size() + " events, wanted " + events);
        }
        List<GeneratedInteraction> rows = new ArrayList<>(generated.subList(0, events));
        rows.sort(Comparator.comparing(GeneratedInteraction::occurredAt));   // as a tracker sends them: in time order
        long customers = rows.stream().map(GeneratedInteraction::customerId).distinct().count();
        List<byte[]> bodies = bodies(rows, "");
        System.out.printf("ingestion: %d events of %d customers in %d batches%n", rows.size(), customers, bodies.size());

        BatchSender warmUp = new BatchSender(touchpoints);   // the JIT compiles the hot paths; not measured
        warmUp.closedLoop(bodies(rows.subList(0, rows.size() / 5), "warm-"), clients);
        LagSampler.awaitCounted(touchpoints, warmUp.latest().at());

        // measured again (up to 3 times, new ids) while other processes took over 10 % of the machine; the least disturbed kept
        Run run = null;
        int attempts = 0;
        for (int attempt = 1; attempt <= 3; attempt++) {
            attempts = attempt;
            others.awaitQuiet("ingestion");
            Run measured = measure(attempt == 1 ? bodies : bodies(rows, "again" + attempt + "-"));
            if (measured.sender().accepted() != rows.size()) {
                throw new IllegalStateException("accepted " + measured.sender().accepted() + " of " + rows.size());
            }
            if (run == null || measured.othersShare() < run.othersShare()) {
                run = measured;
            }
            if (measured.othersShare() <= 0.10) {
                break;
            }
            System.out.printf("ingestion: other processes took %.0f %% of the machine during the run; measuring it again%n",
                    100 * measured.othersShare());
        }
        BatchSender sender = run.sender();
        double httpSeconds = run.seconds();
        Cpu before = run.before();
        Cpu after = run.after();
        ServiceMetrics metricsBefore = run.metricsBefore();
        ServiceMetrics metricsAfter = run.metricsAfter();
        double drainMillis = run.drainMillis();
        double othersDuring = run.othersCpu();
        double httpRate = rows.size() / httpSeconds;
        Stats batches = Stats.of(sender.latencies());
        Stats lag = Stats.of(run.lags());

        others.awaitQuiet("COPY");
        Copy keyOnly = copy(rows, true);
        Copy bare = copy(rows, false);

        others.awaitQuiet("ingestion at 70 %");
        int pacedBatches = (int) Math.min(bodies.size(), Math.max(10, 0.7 * httpRate / BATCH * pacedFor.toSeconds()));
        BatchSender paced = new BatchSender(touchpoints);
        LagSampler pacedSampler = LagSampler.start(touchpoints, paced, Duration.ofMillis(200));
        paced.openLoop(bodies(rows.subList(0, Math.min(rows.size(), pacedBatches * BATCH)), "paced-"), BATCH, 0.7 * httpRate);
        Stats pacedLag = Stats.of(pacedSampler.stop());
        Stats pacedBatch = Stats.of(paced.latencies());
        LagSampler.awaitCounted(touchpoints, paced.latest().at());

        Equality funnel = servedEqualsRaw(journey, scenario.stageKeys(), paced.latest().at());

        report.section("1. Ingestion", f("""
                %,d generated interactions of %,d customers (datagen seed 2026, e-commerce scenario, 90 days), sorted by
                `occurredAt` and sent in that order as `POST /interactions` batches of %,d from %d concurrent clients (closed
                loop; a `429` is retried after its `Retry-After` and counted), after a warm-up of a fifth as many under other
                ids (not measured, counted before the run starts); measured again with new ids (up to 3 times) while other
                processes took over 10 %% of the machine, the least disturbed run reported. The service validates, dedupes on `(tenant, eventId)` (the
                primary key) and stores the raw events with a work item per batch; its rollup worker counts them meanwhile.
                Baselines, same PostgreSQL, same run, one connection, nothing else running: `COPY` (CSV) of the same rows into
                a table holding only the dedupe key (`tenant_id, event_id` and its primary key), and into a bare table of all
                columns without any index. Lag: every 200 ms the bench takes the latest `acknowledgedAt` it has received as a
                sample; one thread polls `GET /analytics/freshness` every 20 ms while samples are pending: a sample is the
                time from its acknowledgement's arrival to the arrival of the first answer whose `dataAsOf` reached it. The
                service's own `%s` (queue to counted, per batch) from its histogram buckets over the run. Then %d s
                paced at 70 %% of the measured rate (open loop, new ids), and the served funnel over everything
                (%d stages) once counted, against `source=RAW` (the service's `FunnelCalculator` over the raw events).""",
                rows.size(), customers, BATCH, clients, LAG, pacedFor.toSeconds(), scenario.stageKeys().size()));
        report.row("HTTP ingestion, absolute", f("%.0f events/s", httpRate), "", "", "≥ 40 000 events/s", httpRate >= 40_000);
        report.row("HTTP ingestion vs COPY into the key-only table", f("%.0f events/s", httpRate),
                f("COPY (key only) %.0f rows/s", keyOnly.rate()), f("%.2f × COPY", httpRate / keyOnly.rate()), "≥ 0.35 × COPY",
                httpRate / keyOnly.rate() >= 0.35);
        report.row("HTTP ingestion vs COPY into the bare table (reference)", f("%.0f events/s", httpRate),
                f("COPY (bare) %.0f rows/s", bare.rate()), f("%.2f × COPY", httpRate / bare.rate()), "", null);
        report.row("429 answers during the run (back-pressure / busy / quota), 5xx answers; the clients' time spent waiting to retry",
                f("%d / %d / %d, %d; %.1f s", sender.backPressure(), sender.busy(), sender.rateLimited(), sender.serverErrors(),
                        sender.retryWaitMillis() / 1000.0), "", "", "none", sender.serverErrors() == 0 ? null : false);
        report.row(f("lag acknowledged → counted, client side, p50 / p99 / max (%d samples)", lag.count()),
                f("%.0f / %.0f / %.0f ms", lag.p(50), lag.p(99), lag.p(100)), "", "", "p50 ≤ 500 ms, p99 ≤ 2 s",
                lag.p(50) <= 500 && lag.p(99) <= 2000);
        report.row(f("service's `%s` over the run, p50 / p99 (histogram buckets; %.0f batches)", LAG,
                        metricsAfter.since(metricsBefore, LAG + "_count")),
                f("%.0f / %.0f ms", 1000 * metricsAfter.quantileSince(metricsBefore, LAG, 0.5),
                        1000 * metricsAfter.quantileSince(metricsBefore, LAG, 0.99)),
                f("its gauges at the end: %.0f / %.0f ms", 1000 * metricsAfter.value(LAG + "{quantile=\"0.5\"}"),
                        1000 * metricsAfter.value(LAG + "{quantile=\"0.99\"}")), "", "", null);
        report.row("counted after the last acknowledgement (drain)", f("%.0f ms", drainMillis), "", "", "", null);
        report.row("how PostgreSQL read `interactions` during the run and drain (`pg_stat_user_tables`; ingestion reads none)",
                run.scans(), "", "", "", null);
        cpuRows(report, before, after, httpSeconds, rows.size(), keyOnly, bare);
        report.row(f("other processes' CPU during the measured run (not the bench's; the least disturbed of %d run%s)", attempts,
                        attempts == 1 ? "" : "s"), OtherLoad.describe(othersDuring, httpSeconds),
                "", "", "", null);
        report.row("batch latency at full load p50 / p99", f("%.0f / %.0f ms", batches.p(50), batches.p(99)), "", "", "", null);
        report.row(f("at 70 %% (%.0f events/s, %d batches): batch latency p50 / p99; lag p50 / p99", 0.7 * httpRate, pacedBatches),
                f("%.0f / %.0f ms; %.0f / %.0f ms", pacedBatch.p(50), pacedBatch.p(99), pacedLag.p(50), pacedLag.p(99)),
                "", "", "", null);
        report.row("served funnel once counted = `source=RAW` (customers per stage)", funnel.served(), "RAW " + funnel.raw(), "",
                "identical", funnel.identical());
        if (!funnel.identical()) {
            throw new IllegalStateException("served and raw funnels differ: " + funnel);
        }
        return httpRate;
    }

    /** One measured run: its time, the CPU and metrics around it, the lag samples, the drain after it, others' CPU meanwhile. */
    private record Run(double seconds, Cpu before, Cpu after, List<Double> lags, ServiceMetrics metricsBefore,
                       ServiceMetrics metricsAfter, BatchSender sender, double drainMillis, double othersCpu, String scans) {
        double othersShare() {
            return OtherLoad.share(othersCpu, seconds);
        }
    }

    private Run measure(List<byte[]> bodies) throws Exception {
        TableScans scansBefore = TableScans.settled(db, "interactions");
        double othersBefore = others.cpuNow();
        BatchSender sender = new BatchSender(touchpoints);
        ServiceMetrics metricsBefore = ServiceMetrics.scrape(touchpoints);
        Cpu before = Cpu.now(servicePid, postgresPid);
        LagSampler sampler = LagSampler.start(touchpoints, sender, Duration.ofMillis(200));
        long start = System.nanoTime();
        try {
            sender.closedLoop(bodies, clients);
        } catch (Exception e) {
            System.out.println("ingestion failed: " + e.getMessage() + "\n" + activity());
            throw e;
        }
        double seconds = Stats.millisSince(start) / 1000;
        Cpu after = Cpu.now(servicePid, postgresPid);
        double othersCpu = others.cpuNow() - othersBefore;
        System.out.printf("ingestion: measured run %s – %s (for a profile's time window)%n",
                Instant.now().minusMillis((long) (seconds * 1000)), Instant.now());
        List<Double> lags = sampler.stop();
        ServiceMetrics metricsAfter = ServiceMetrics.scrape(touchpoints);
        long drainStart = System.nanoTime();
        LagSampler.awaitCounted(touchpoints, sender.latest().at());
        double drainMillis = Stats.millisSince(drainStart);
        return new Run(seconds, before, after, lags, metricsBefore, metricsAfter, sender, drainMillis, othersCpu,
                TableScans.settled(db, "interactions").since(scansBefore, sender.accepted()));
    }

    private void cpuRows(Report report, Cpu before, Cpu after, double seconds, int rows, Copy keyOnly, Copy bare) {
        double service = after.service() - before.service();
        double postgres = after.postgres() - before.postgres();
        double client = after.client() - before.client();
        report.row("CPU during HTTP ingestion (profile): service JVM / PostgreSQL / bench client",
                f("%.1f / %.1f / %.1f s of %.1f s wall × %d cores", service, postgres, client, seconds,
                        Runtime.getRuntime().availableProcessors()),
                f("%.0f / %.0f / %.0f µs per event", service * 1e6 / rows, postgres * 1e6 / rows, client * 1e6 / rows), "", "", null);
        StringBuilder split = new StringBuilder();
        after.postgresByKind().minus(before.postgresByKind()).forEach((kind, s) ->
                split.append(split.isEmpty() ? "" : ", ").append(kind).append(f(" %.0f", s * 1e6 / rows)));
        report.row("PostgreSQL's CPU per event by process (profile; the backends run the ingestion statements and the folds)",
                split + " µs", "", "", "", null);
        report.row("PostgreSQL's CPU per row of the baselines: COPY key only / COPY bare",
                f("%.1f / %.1f µs per row", keyOnly.postgresCpu() * 1e6 / rows, bare.postgresCpu() * 1e6 / rows), "", "", "", null);
    }

    /** The served funnel once counted and the service's recomputation from raw interactions; customers per stage of each. */
    private record Equality(String served, String raw, boolean identical) {
    }

    private Equality servedEqualsRaw(UUID journey, List<String> stages, Instant counted) {
        String path = "/analytics/funnel?journeyId=" + journey + "&stages=" + String.join(",", stages) + "&window=P30D";
        JsonNode served = touchpoints.get(path + "&minDataAsOf=" + counted).get("stages");
        JsonNode raw = touchpoints.get(path + "&source=RAW").get("stages");
        return new Equality(customers(served), customers(raw), served.equals(raw));
    }

    private static String customers(JsonNode stages) {
        List<Long> counts = new ArrayList<>();
        stages.forEach(stage -> counts.add(stage.get("customers").asLong()));
        return counts.toString();
    }

    /** What PostgreSQL did with a run of rows: seconds, rows/s and its CPU seconds. */
    private record Copy(double seconds, double rate, double postgresCpu) {
    }

    /** COPY of the rows into a fresh table: key only (the dedupe key and its primary key) or bare (all columns, no index). */
    private Copy copy(List<GeneratedInteraction> rows, boolean keyOnly) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_copy");
            s.execute(keyOnly ? "CREATE TABLE bench_copy (tenant_id varchar(64), event_id varchar(128), PRIMARY KEY (tenant_id, event_id))"
                    : "CREATE TABLE bench_copy (id uuid, tenant_id varchar(64), event_id varchar(128), customer_id varchar(128),"
                    + " journey_id uuid, stage_key varchar(64), touchpoint_id uuid, type varchar(32), occurred_at timestamptz,"
                    + " channel varchar(32), value numeric(19, 4), currency char(3), variant varchar(64), session_id varchar(128),"
                    + " attributes jsonb, received_at timestamptz)");
        }
        StringBuilder csv = new StringBuilder(rows.size() * (keyOnly ? 40 : 200));
        String now = Instant.now().toString();
        for (GeneratedInteraction r : rows) {
            if (keyOnly) {
                csv.append("bench,").append(r.eventId()).append('\n');
                continue;
            }
            csv.append(UUID.randomUUID()).append(",bench,").append(r.eventId()).append(',').append(r.customerId()).append(',')
                    .append(r.journeyId()).append(',').append(r.stageKey()).append(',').append(r.touchpointId()).append(',')
                    .append(r.type()).append(',').append(r.occurredAt()).append(',').append(r.channel() == null ? "" : r.channel())
                    .append(',').append(r.value() == null ? "" : r.value().toPlainString()).append(',')
                    .append(r.currency() == null ? "" : r.currency()).append(',').append(r.variant() == null ? "" : r.variant())
                    .append(',').append(r.sessionId() == null ? "" : r.sessionId()).append(",,").append(now).append('\n');
        }
        double cpu = CpuTime.of(postgresPid);
        long start = System.nanoTime();
        db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        double seconds = Stats.millisSince(start) / 1000;
        cpu = CpuTime.of(postgresPid) - cpu;
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE bench_copy");
        }
        return new Copy(seconds, rows.size() / seconds, cpu);
    }

    /** What the database's sessions are doing (for a failure report). */
    private String activity() {
        StringBuilder out = new StringBuilder();
        try (Statement s = db.createStatement(); var r = s.executeQuery("SELECT pid, state, wait_event_type, wait_event,"
                + " now() - xact_start AS tx, left(query, 80) AS q FROM pg_stat_activity WHERE datname = current_database()")) {
            while (r.next()) {
                out.append(r.getString(1)).append(' ').append(r.getString(2)).append(' ').append(r.getString(3)).append('/')
                        .append(r.getString(4)).append(' ').append(r.getString(5)).append(' ').append(r.getString(6)).append('\n');
            }
        } catch (Exception e) {
            out.append(e);
        }
        return out.toString();
    }

    private static List<byte[]> bodies(List<GeneratedInteraction> rows, String idPrefix) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (GeneratedInteraction row : rows.subList(i, Math.min(rows.size(), i + BATCH))) {
                Map<String, Object> json = row.toJson();
                json.put("eventId", idPrefix + row.eventId());
                batch.add(json);
            }
            bodies.add(Http.JSON.writeValueAsBytes(batch));
        }
        return bodies;
    }
}
