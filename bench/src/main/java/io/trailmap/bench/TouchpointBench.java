package io.trailmap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.datagen.GeneratedInteraction;
import io.trailmap.datagen.InteractionGenerator;
import io.trailmap.datagen.JourneyScenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingests generated interactions into a running touchpoint-service in 10 000-event batches from
 * several concurrent clients, then times funnel and attribution calls, and writes a Markdown
 * report. Arguments (system properties): bench.url, bench.token, bench.events, bench.clients,
 * bench.out.
 */
public final class TouchpointBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 10_000;

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "http://localhost:8082");
        String token = System.getProperty("bench.token");
        int events = Integer.getInteger("bench.events", 1_000_000);
        int clients = Integer.getInteger("bench.clients", 4);
        Path out = Path.of(System.getProperty("bench.out", "bench/results/touchpoint-ingestion.md"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        UUID journey = UUID.nameUUIDFromBytes("bench-journey".getBytes());
        JourneyScenario scenario = JourneyScenario.ecommerce(journey);
        // about 3.9 events per generated customer in this scenario: generate enough, keep the first `events`
        List<GeneratedInteraction> generated = new InteractionGenerator(2026)
                .generate(scenario, Math.max(1, events / 3), Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(90));
        List<GeneratedInteraction> all = generated.size() > events ? generated.subList(0, events) : generated;
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            bodies.add(JSON.writeValueAsBytes(all.subList(i, Math.min(all.size(), i + BATCH)).stream()
                    .map(GeneratedInteraction::toJson).toList()));
        }
        System.out.printf("generated %d events in %d batches%n", all.size(), bodies.size());

        AtomicLong accepted = new AtomicLong();
        List<Long> batchMillis = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> sent = new ArrayList<>();
            for (byte[] body : bodies) {
                sent.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    String answer = post(http, url + "/interactions", token, body);
                    batchMillis.add((System.nanoTime() - t) / 1_000_000);
                    accepted.addAndGet(JSON.readTree(answer).get("accepted").asLong());
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = all.size() / seconds;
        System.out.printf("ingested %d events (%d accepted) in %.1f s: %.0f events/s%n", all.size(), accepted.get(), seconds, rate);

        String stages = String.join(",", scenario.stageKeys());
        List<Long> funnel = time(http, url + "/analytics/funnel?journeyId=" + journey + "&stages=" + stages, token, 20);
        List<Long> attribution = time(http, url + "/analytics/attribution?journeyId=" + journey + "&model=LINEAR", token, 5);
        String report = """
                # touchpoint-service ingestion and analytics benchmark

                - date: %s
                - machine: %d cores, JVM %s; service and embedded PostgreSQL on the same machine
                - events: %d (generated, seed 2026, e-commerce scenario, %d customers, 90 days), batches of %d, %d concurrent clients

                | measure | value |
                |---|---|
                | ingestion throughput | %.0f events/s (%.1f s in all) |
                | batch latency (10 000 events) median / p95 | %d ms / %d ms |
                | funnel (5 stages, all customers) median / p95 of 20 calls | %d ms / %d ms |
                | attribution LINEAR median of 5 calls | %d ms |
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                all.size(), Math.max(1, events / 3), BATCH, clients, rate, seconds,
                percentile(batchMillis, 50), percentile(batchMillis, 95), percentile(funnel, 50), percentile(funnel, 95),
                percentile(attribution, 50));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String post(HttpClient http, String url, String token, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("ingestion answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static List<Long> time(HttpClient http, String url, String token, int calls) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            millis.add((System.nanoTime() - t) / 1_000_000);
        }
        return millis;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
