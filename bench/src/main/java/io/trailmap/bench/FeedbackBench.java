package io.trailmap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.datagen.FeedbackGenerator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.trailmap.bench.Report.f;

/**
 * Generated survey responses posted through the API (scored, analysed, deduplicated), then the
 * journey's summary (NPS, CSAT, CES, sentiment, themes) over all of them, checked against counts the
 * bench makes from the generated rows.
 */
final class FeedbackBench {

    private final Http feedback;
    private final int responses;
    private final int calls;
    private final String store;

    FeedbackBench(Http feedback, int responses, int calls, String store) {
        this.feedback = feedback;
        this.responses = responses;
        this.calls = calls;
        this.store = store;
    }

    void run(Report report) throws Exception {
        UUID journey = UUID.nameUUIDFromBytes(("bench-feedback-" + responses).getBytes());
        List<FeedbackGenerator.Target> targets = new ArrayList<>();
        String[] stages = {"awareness", "consideration", "decision", "conversion", "retention"};
        for (int i = 0; i < stages.length; i++) {
            targets.add(new FeedbackGenerator.Target(journey, stages[i], List.of(UUID.nameUUIDFromBytes(stages[i].getBytes())), 0.3 * i - 0.4));
        }
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, responses / 5); i++) {
            customers.add("fb-" + i);
        }
        List<Map<String, Object>> rows = new FeedbackGenerator(2026).responses("fb", targets, customers, responses,
                Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(90));
        List<Map<String, Object>> imported = new FeedbackGenerator(2027).responses("imp", targets, customers, responses,
                Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(90));
        List<Map<String, Object>> all = new ArrayList<>(rows);
        all.addAll(imported);
        long promoters = all.stream().filter(r -> r.get("kind").equals("NPS") && (int) r.get("score") >= 9).count();
        long detractors = all.stream().filter(r -> r.get("kind").equals("NPS") && (int) r.get("score") <= 6).count();
        long nps = all.stream().filter(r -> r.get("kind").equals("NPS")).count();

        // batches of 1 000 from 2 clients; when each batch was answered, to compare the rate at the start and at the end
        List<Long> answered = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < rows.size(); i += 1_000) {
                List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + 1_000));
                sent.add(pool.submit(() -> {
                    feedback.post("/responses", batch, 202);
                    answered.add(System.nanoTime());
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        }
        double loadSeconds = Stats.millisSince(start) / 1000;
        List<Long> times = answered.stream().sorted().toList();
        int window = Math.min(5, times.size() / 2);
        double firstRate = window * 1_000 / ((times.get(window - 1) - start) / 1e9);
        double lastRate = window * 1_000 / ((times.getLast() - times.get(times.size() - 1 - window)) / 1e9);

        StringBuilder file = new StringBuilder();
        for (Map<String, Object> row : imported) {
            file.append(Http.JSON.writeValueAsString(row)).append('\n');
        }
        long importStart = System.nanoTime();
        String importId = feedback.postFile("/imports?type=responses", "application/x-ndjson",
                file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), 202).get("id").asText();
        JsonNode progress;
        do {
            Thread.sleep(100);
            progress = feedback.get("/imports/" + importId);
        } while (progress.get("status").asText().equals("RUNNING"));
        double importSeconds = Stats.millisSince(importStart) / 1000;
        boolean importedAll = progress.get("status").asText().equals("DONE") && progress.get("accepted").asLong() == imported.size();

        String path = "/feedback/summary?journeyId=" + journey;
        JsonNode summary = feedback.get(path);
        List<Double> served = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            feedback.get(path);
            served.add(Stats.millisSince(t));
        }
        boolean same = summary.get("responses").asLong() == all.size() && summary.get("promoters").asLong() == promoters
                && summary.get("detractors").asLong() == detractors;
        Stats s = Stats.of(served);
        report.section("4. Feedback", f("""
                %,d generated survey responses (NPS 50 %%, CSAT 35 %%, CES 15 %%; 70 %% with a comment in en/fi/sv) posted through
                `POST /responses` in batches of 1 000 (2 clients; scoring, language, sentiment, aspects, dedupe, follow-ups, summary
                buckets), then %,d more as one NDJSON file through `POST /imports`, then `GET /feedback/summary?journeyId=…` over
                all %,d, %d calls. **Store: %s.** Checked against the bench's own counts: responses %d, NPS promoters %d / detractors
                %d of %d — **%s**; import %s.""",
                rows.size(), imported.size(), all.size(), calls, store, all.size(), promoters, detractors, nps,
                same ? "identical" : "DIFFERENT", importedAll ? "DONE with every row accepted" : "INCOMPLETE: " + progress));
        report.row("responses stored through the API, all", f("%.0f responses/s", rows.size() / loadSeconds), "", "", "≥ 2 000/s",
                rows.size() / loadSeconds >= 2_000);
        report.row(f("… the first %,d (from an empty store)", window * 1_000), f("%.0f responses/s", firstRate), "", "", "", null);
        report.row(f("… the last %,d (%,d stored before them)", window * 1_000, rows.size() - window * 1_000), f("%.0f responses/s", lastRate),
                f("%.0f/s", firstRate), f("%.2f", lastRate / firstRate), "≥ 0.80 × the first", lastRate / firstRate >= 0.8);
        report.row(f("file import of %,d rows (NDJSON), until DONE", imported.size()), f("%.1f s", importSeconds), "", "",
                imported.size() >= 100_000 ? "< 60 s" : "", imported.size() >= 100_000 ? importSeconds < 60 : null);
        report.row(f("summary over all %,d responses p50 / p95", all.size()), f("%.0f / %.0f ms", s.p(50), s.p(95)), "", "",
                "p95 ≤ 100 ms", s.p(95) <= 100);
        if (!same || !importedAll) {
            throw new IllegalStateException("summary " + summary + " differs from the generated counts, or import " + progress);
        }
    }
}
