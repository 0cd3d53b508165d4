package io.trailmap.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.trailmap.bench.Report.f;

/**
 * {@code journeys { stages { touchpoints, feedback } }} through the gateway against the same data by
 * direct REST calls (the journey page, then the linked touchpoints and the feedback summaries side
 * by side), for 1, 10 and 100 journeys; and how many calls the services answered per query.
 */
final class GatewayBench {

    private static final String QUERY = "query($n: Int) { journeys(first: $n) { edges { node { id name stages { key name"
            + " touchpoints { id name channel } feedback { responses nps } } } } } }";
    private static final Pattern COUNT = Pattern.compile("^http_server_requests_seconds_count\\{([^}]*)} ([0-9.E]+)$", Pattern.MULTILINE);

    private final Http gateway;
    private final Map<String, Http> services;
    private final int reps;
    private final long gatewayPid;

    GatewayBench(Http gateway, Map<String, Http> services, int reps, long gatewayPid) {
        this.gateway = gateway;
        this.services = services;
        this.reps = reps;
        this.gatewayPid = gatewayPid;
    }

    void run(Report report) {
        seed(100);
        report.section("3. Gateway", f("""
                100 journeys of 4 stages, 2 touchpoints linked to each journey's stages, a response per journey. The GraphQL query
                `journeys(first: n) { edges { node { id name stages { key name touchpoints { id name channel } feedback
                { responses nps } } } } }` against the same data fetched by direct REST calls (`GET /journeys?limit=n`, then
                `GET /touchpoints?journeyIds=…` and `POST /feedback/summaries` side by side), %d calls each, alternating, after as many unmeasured ones of each.
                Downstream calls: requests the three services counted (Micrometer) during one query.""", reps));
        for (int i = 0; i < reps; i++) {   // warm both paths up: the JIT compiles what the measured calls run
            graphql(10);
            direct(10);
        }
        for (int n : List.of(1, 10, 100)) {
            for (int i = 0; i < 5; i++) {
                graphql(n);
                direct(n);
            }
            List<Double> viaGateway = new ArrayList<>();
            List<Double> viaRest = new ArrayList<>();
            double gatewayCpu = 0;
            for (int i = 0; i < reps; i++) {
                double cpu = CpuTime.of(gatewayPid);
                long t = System.nanoTime();
                graphql(n);
                viaGateway.add(Stats.millisSince(t));
                gatewayCpu += CpuTime.of(gatewayPid) - cpu;
                t = System.nanoTime();
                direct(n);
                viaRest.add(Stats.millisSince(t));
            }
            Map<String, Double> perCall = perCall(n);
            long before = downstreamCalls();
            graphql(n);
            long calls = downstreamCalls() - before;
            Stats g = Stats.of(viaGateway);
            Stats r = Stats.of(viaRest);
            double added = g.p(50) - r.p(50);
            report.row(f("%d journeys: gateway p50 / p99", n), f("%.1f / %.1f ms", g.p(50), g.p(99)),
                    f("REST %.1f / %.1f ms", r.p(50), r.p(99)), f("+%.1f ms p50, +%.1f ms p99", added, g.p(99) - r.p(99)),
                    "≤ 3 ms added p50", added <= 3);
            report.row(f("%d journeys: each direct call alone, p50 (profile)", n), f("journeys %.1f, touchpoints %.1f, summaries %.1f ms",
                    perCall.get("journeys"), perCall.get("touchpoints"), perCall.get("summaries")), "", "", "", null);
            report.row(f("%d journeys: gateway CPU per query (profile, /proc)", n), f("%.1f ms", 1000 * gatewayCpu / reps), "", "", "", null);
            report.row(f("%d journeys: downstream calls per query", n), String.valueOf(calls), "3 (one per list level)", "",
                    "constant", calls == 3);
        }
    }

    private void seed(int journeys) {
        Http journeyService = services.get("journey-service");
        if (journeyService.get("/journeys?limit=" + journeys).get("items").size() >= journeys) {   // section 6 may have made a few
            return;
        }
        for (int j = 0; j < journeys; j++) {
            BenchJourney created = BenchJourney.create(journeyService, "Bench journey", j);
            String id = created.id();
            List<String> keys = created.stageKeys();
            for (int t = 0; t < 2; t++) {
                services.get("touchpoint-service").post("/touchpoints", Map.of("name", "Touchpoint " + j + "-" + t, "channel", "WEBSITE",
                        "funnelPosition", "MOFU", "links", List.of(Map.of("journeyId", id, "stageKey", keys.get(t * 2)))), 201);
            }
            services.get("feedback-service").post("/responses", Map.of("responseId", "gw-" + j, "kind", "NPS", "score", 9,
                    "journeyId", id, "stageKey", keys.getFirst()), 202);
        }
    }

    /** The p50 of each of the three direct calls made one after the other: where the time of a query goes. */
    private Map<String, Double> perCall(int n) {
        List<Double> journeys = new ArrayList<>();
        List<Double> touchpoints = new ArrayList<>();
        List<Double> summaries = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            JsonNode page = services.get("journey-service").get("/journeys?limit=" + n);
            journeys.add(Stats.millisSince(t));
            List<String> ids = new ArrayList<>();
            List<Map<String, Object>> keys = new ArrayList<>();
            page.get("items").forEach(j -> {
                ids.add(j.get("id").asText());
                j.get("stages").forEach(s -> keys.add(Map.of("journeyId", j.get("id").asText(), "stageKey", s.get("key").asText())));
            });
            t = System.nanoTime();
            services.get("touchpoint-service").get("/touchpoints?limit=500&journeyIds=" + String.join(",", ids));
            touchpoints.add(Stats.millisSince(t));
            t = System.nanoTime();
            services.get("feedback-service").post("/feedback/summaries", Map.of("keys", keys), 200);
            summaries.add(Stats.millisSince(t));
        }
        return Map.of("journeys", Stats.of(journeys).p(50), "touchpoints", Stats.of(touchpoints).p(50), "summaries", Stats.of(summaries).p(50));
    }

    private void graphql(int n) {
        JsonNode answer = gateway.post("/graphql", Map.of("query", QUERY, "variables", Map.of("n", n)), 200);
        if (answer.has("errors") || answer.get("data").get("journeys").get("edges").size() != n) {
            throw new IllegalStateException("gateway answered " + answer);
        }
    }

    private void direct(int n) {
        JsonNode page = services.get("journey-service").get("/journeys?limit=" + n);
        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> keys = new ArrayList<>();
        page.get("items").forEach(j -> {
            ids.add(j.get("id").asText());
            j.get("stages").forEach(s -> keys.add(Map.of("journeyId", j.get("id").asText(), "stageKey", s.get("key").asText())));
        });
        CompletableFuture<JsonNode> touchpoints = CompletableFuture.supplyAsync(
                () -> services.get("touchpoint-service").get("/touchpoints?limit=500&journeyIds=" + String.join(",", ids)));
        CompletableFuture<JsonNode> feedback = CompletableFuture.supplyAsync(
                () -> services.get("feedback-service").post("/feedback/summaries", Map.of("keys", keys), 200));
        touchpoints.join();
        feedback.join();
    }

    /** Application requests the three services have answered so far (their /q endpoints not counted). */
    private long downstreamCalls() {
        long total = 0;
        for (Http service : services.values()) {
            Matcher m = COUNT.matcher(service.text("/q/metrics"));
            while (m.find()) {
                if (!m.group(1).contains("uri=\"/q")) {
                    total += (long) Double.parseDouble(m.group(2));
                }
            }
        }
        return total;
    }

}
