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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.trailmap.bench.Report.f;

/**
 * POST /interactions in batches of 1 000 (dedupe on, as always) from concurrent clients, against a
 * PostgreSQL COPY of the same rows into a bare table of the same database; then the batch latency
 * at 70 % of the measured maximum, paced open-loop.
 */
final class IngestionBench {

    static final int BATCH = 1_000;

    private final Http touchpoints;
    private final Connection db;
    private final int events;
    private final int clients;
    private final Duration pacedFor;
    private final long servicePid;
    private final long postgresPid;

    IngestionBench(Http touchpoints, Connection db, int events, int clients, Duration pacedFor, long servicePid, long postgresPid) {
        this.servicePid = servicePid;
        this.postgresPid = postgresPid;
        this.touchpoints = touchpoints;
        this.db = db;
        this.events = events;
        this.clients = clients;
        this.pacedFor = pacedFor;
    }

    void run(Report report) throws Exception {
        UUID journey = UUID.nameUUIDFromBytes("bench-ingestion".getBytes());
        List<GeneratedInteraction> generated = new InteractionGenerator(2026)
                .generate(JourneyScenario.ecommerce(journey), Math.max(1, events / 3), Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(90));
        List<GeneratedInteraction> rows = generated.subList(0, Math.min(events, generated.size()));
        List<byte[]> bodies = bodies(rows, "");
        System.out.printf("ingestion: %d events in %d batches%n", rows.size(), bodies.size());

        warmUp(rows);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong accepted = new AtomicLong();
        double serviceCpu = CpuTime.of(servicePid);
        double postgresCpu = CpuTime.of(postgresPid);
        double clientCpu = CpuTime.own();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> sent = new ArrayList<>();
            for (byte[] body : bodies) {
                sent.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    JsonNode answer = touchpoints.post("/interactions", body, 202);
                    latencies.add(Stats.millisSince(t));
                    accepted.addAndGet(answer.get("accepted").asLong());
                }));
            }
            for (Future<?> f : sent) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    System.out.println("ingestion failed: " + e.getCause().getMessage() + "\n" + activity());
                    throw e;
                }
            }
        }
        double httpSeconds = Stats.millisSince(start) / 1000;
        serviceCpu = CpuTime.of(servicePid) - serviceCpu;
        postgresCpu = CpuTime.of(postgresPid) - postgresCpu;
        clientCpu = CpuTime.own() - clientCpu;
        double httpRate = rows.size() / httpSeconds;
        if (accepted.get() != rows.size()) {
            throw new IllegalStateException("accepted " + accepted.get() + " of " + rows.size());
        }
        double copySeconds = copy(rows);
        double copyRate = rows.size() / copySeconds;
        Stats all = Stats.of(latencies);

        List<Double> paced = paced(rows, 0.7 * httpRate);
        Stats at70 = Stats.of(paced);

        report.section("1. Ingestion", f("""
                %d generated interactions (datagen seed 2026, e-commerce scenario), `POST /interactions` in batches of %d from %d
                concurrent clients on the same machine, after a warm-up of a fifth as many under other ids (not measured); every event goes through validation, dedupe on `(tenant, eventId)`
                and the per-customer rollups in the same transaction. Baseline: `COPY` of the same rows into a bare table
                (same columns, no index or constraint) of the same PostgreSQL, one connection, in the same run. Then %d s
                paced at 70 %% of the measured HTTP rate (open loop, new event ids) for the batch latency.""",
                rows.size(), BATCH, clients, pacedFor.toSeconds()));
        report.row("HTTP ingestion", f("%.0f events/s", httpRate), f("COPY %.0f rows/s", copyRate), f("%.2f × COPY", httpRate / copyRate),
                "≥ 0.5 × COPY", httpRate / copyRate >= 0.5);
        report.row("HTTP ingestion, absolute", f("%.0f events/s", httpRate), "", "", "≥ 40 000 events/s", httpRate >= 40_000);
        report.row("CPU during HTTP ingestion (profile): service JVM / PostgreSQL / bench client",
                f("%.1f / %.1f / %.1f s of %.1f s wall × %d cores", serviceCpu, postgresCpu, clientCpu, httpSeconds,
                        Runtime.getRuntime().availableProcessors()),
                f("%.0f / %.0f µs per event", serviceCpu * 1e6 / rows.size(), postgresCpu * 1e6 / rows.size()), "", "", null);
        report.row("batch latency at full load p50 / p99", f("%.0f / %.0f ms", all.p(50), all.p(99)), "", "", "", null);
        report.row(f("batch latency at 70 %% (%.0f events/s) p50 / p99", 0.7 * httpRate), f("%.0f / %.0f ms", at70.p(50), at70.p(99)),
                "", "", "", null);
    }

    /** A fifth of the events under other ids, unmeasured: the service's JIT compiles its hot paths first. */
    private void warmUp(List<GeneratedInteraction> rows) throws Exception {
        List<byte[]> bodies = bodies(rows.subList(0, rows.size() / 5), "warm-");
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> sent = new ArrayList<>();
            for (byte[] body : bodies) {
                sent.add(pool.submit(() -> touchpoints.post("/interactions", body, 202)));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        }
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

    /** Seconds to COPY the rows into a fresh bare table. */
    private double copy(List<GeneratedInteraction> rows) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_copy");
            s.execute("CREATE TABLE bench_copy (id uuid, tenant_id varchar(64), event_id varchar(128), customer_id varchar(128),"
                    + " journey_id uuid, stage_key varchar(64), touchpoint_id uuid, type varchar(32), occurred_at timestamptz,"
                    + " channel varchar(32), value numeric(19, 4), currency char(3), variant varchar(64), session_id varchar(128),"
                    + " attributes jsonb, received_at timestamptz)");
        }
        StringBuilder csv = new StringBuilder(rows.size() * 200);
        String now = Instant.now().toString();
        for (GeneratedInteraction r : rows) {
            csv.append(UUID.randomUUID()).append(",bench,").append(r.eventId()).append(',').append(r.customerId()).append(',')
                    .append(r.journeyId()).append(',').append(r.stageKey()).append(',').append(r.touchpointId()).append(',')
                    .append(r.type()).append(',').append(r.occurredAt()).append(',').append(r.channel() == null ? "" : r.channel())
                    .append(',').append(r.value() == null ? "" : r.value().toPlainString()).append(',')
                    .append(r.currency() == null ? "" : r.currency()).append(',').append(r.variant() == null ? "" : r.variant())
                    .append(',').append(r.sessionId() == null ? "" : r.sessionId()).append(",,").append(now).append('\n');
        }
        long start = System.nanoTime();
        db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        double seconds = Stats.millisSince(start) / 1000;
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE bench_copy");
        }
        return seconds;
    }

    /** Batches sent at a fixed rate whatever the answers take (open loop); answers each batch's latency. */
    private List<Double> paced(List<GeneratedInteraction> rows, double eventsPerSecond) throws Exception {
        List<byte[]> bodies = bodies(rows, "paced-");
        int batches = (int) Math.min(bodies.size(), Math.max(10, eventsPerSecond / BATCH * pacedFor.toSeconds()));
        long intervalNanos = (long) (1e9 * BATCH / eventsPerSecond);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> sent = new ArrayList<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
        try (ExecutorService senders = Executors.newCachedThreadPool()) {
            for (int i = 0; i < batches; i++) {
                byte[] body = bodies.get(i);
                sent.add(timer.schedule(() -> senders.submit(() -> {
                    long t = System.nanoTime();
                    touchpoints.post("/interactions", body, 202);
                    latencies.add(Stats.millisSince(t));
                }), i * intervalNanos, TimeUnit.NANOSECONDS));
            }
            for (Future<?> f : sent) {
                ((Future<?>) f.get()).get();
            }
        } finally {
            timer.shutdown();
        }
        return latencies;
    }
}
