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
        long promoters = rows.stream().filter(r -> r.get("kind").equals("NPS") && (int) r.get("score") >= 9).count();
        long detractors = rows.stream().filter(r -> r.get("kind").equals("NPS") && (int) r.get("score") <= 6).count();
        long nps = rows.stream().filter(r -> r.get("kind").equals("NPS")).count();

        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < rows.size(); i += 1_000) {
                List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + 1_000));
                sent.add(pool.submit(() -> feedback.post("/responses", batch, 202)));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        }
        double loadSeconds = Stats.millisSince(start) / 1000;

        String path = "/feedback/summary?journeyId=" + journey;
        JsonNode summary = feedback.get(path);
        List<Double> served = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            feedback.get(path);
            served.add(Stats.millisSince(t));
        }
        boolean same = summary.get("responses").asLong() == rows.size() && summary.get("promoters").asLong() == promoters
                && summary.get("detractors").asLong() == detractors;
        Stats s = Stats.of(served);
        report.section("4. Feedback", f("""
                %,d generated survey responses (NPS 50 %%, CSAT 35 %%, CES 15 %%; 70 %% with a comment in en/fi/sv) posted through
                `POST /responses` in batches of 1 000 (2 clients; scoring, language, sentiment, themes, dedupe, follow-ups), then
                `GET /feedback/summary?journeyId=…` over all of them, %d calls. **Store: %s.** Checked against the bench's own
                counts: responses %d, NPS promoters %d / detractors %d of %d — **%s**.""",
                rows.size(), calls, store, rows.size(), promoters, detractors, nps, same ? "identical" : "DIFFERENT"));
        report.row("responses stored through the API", f("%.0f responses/s", rows.size() / loadSeconds), "", "", "", null);
        report.row("summary over all responses p50 / p95", f("%.0f / %.0f ms", s.p(50), s.p(95)), "", "", "", null);
        if (!same) {
            throw new IllegalStateException("summary " + summary + " differs from the generated counts");
        }
    }
}
