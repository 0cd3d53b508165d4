package io.trailmap.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.datagen.FeedbackGenerator;
import io.trailmap.datagen.GeneratedInteraction;
import io.trailmap.datagen.InteractionGenerator;
import io.trailmap.datagen.JourneyScenario;
import io.trailmap.datagen.StageSpec;
import io.trailmap.datagen.TouchpointSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The demo data set, loaded through the public REST APIs as a CRM would: the retail-store,
 * saas-trial and b2b templates (with their personas, published), their touchpoints linked to the
 * stages, ~50 000 interactions of 5 000 customers over 90 days and ~2 000 survey responses in
 * English, Finnish and Swedish plus reviews (detractors open follow-up cases). Seeded, and safe to
 * run again: journeys and touchpoints are created with Idempotency-Keys, interactions, responses and
 * reviews carry stable ids, so a second run adds nothing.
 */
public final class DemoData {

    /** How much of each template's traffic and feedback the demo has, and where its customers suffer. */
    private record Plan(String template, int firstCustomer, int customers, int responses, int reviews, Map<String, Double> moods) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("retail-store", 0, 4_000, 900, 60, Map.of("checkout", -0.7, "decide", 0.1)),
            new Plan("saas-trial", 2_500, 2_000, 700, 40, Map.of("onboarding", -0.65, "convert", 0.0)),
            new Plan("b2b", 4_000, 1_000, 400, 20, Map.of("procurement", -0.5, "evaluation", -0.1)));
    private static final double USUAL_MOOD = 0.65;
    private static final int INTERACTION_BATCH = 1_000;
    private static final int RESPONSE_BATCH = 500;

    private final ServiceClient journeys;
    private final ServiceClient touchpoints;
    private final ServiceClient feedback;
    private final long seed;
    private final Consumer<String> progress;

    public DemoData(ServiceClient journeys, ServiceClient touchpoints, ServiceClient feedback, long seed, Consumer<String> progress) {
        this.journeys = journeys;
        this.touchpoints = touchpoints;
        this.feedback = feedback;
        this.seed = seed;
        this.progress = progress;
    }

    /** What the load stored (or found already stored). */
    public record Loaded(Map<String, String> journeyIds, int touchpoints, int interactions, int responses, int reviews) {
    }

    public Loaded load(Instant now) {
        Map<String, String> journeyIds = new LinkedHashMap<>();
        int touchpointCount = 0;
        int interactions = 0;
        int responses = 0;
        int reviews = 0;
        Instant start = now.minus(Duration.ofDays(90));
        for (int p = 0; p < PLANS.size(); p++) {
            Plan plan = PLANS.get(p);
            UUID journeyId = journey(plan.template());
            journeyIds.put(plan.template(), journeyId.toString());
            JourneyScenario scenario = JourneyScenario.forTemplate(plan.template(), journeyId);
            Map<UUID, UUID> created = touchpoints(plan.template(), scenario);
            touchpointCount += created.size();
            List<String> customers = IntStream.range(plan.firstCustomer(), plan.firstCustomer() + plan.customers())
                    .mapToObj(i -> "customer-%05d".formatted(i)).toList();
            interactions += interactions(scenario, created, customers, start, now, seed + p);
            List<FeedbackGenerator.Target> targets = scenario.stages().stream()
                    .map(stage -> new FeedbackGenerator.Target(journeyId, stage.key(),
                            stage.touchpoints().stream().map(t -> created.get(t.id())).toList(),
                            plan.moods().getOrDefault(stage.key(), USUAL_MOOD)))
                    .toList();
            FeedbackGenerator generator = new FeedbackGenerator(seed + 100 + p);
            responses += responses(generator.responses("demo-" + plan.template(), targets, customers, plan.responses(), start,
                    Duration.ofDays(89)));
            reviews += reviews(generator.reviews("demo-" + plan.template(), targets, customers, plan.reviews(), start,
                    Duration.ofDays(89)));
            progress.accept("%s: journey %s, %d touchpoints, traffic and feedback loaded".formatted(plan.template(), journeyId, created.size()));
        }
        return new Loaded(journeyIds, touchpointCount, interactions, responses, reviews);
    }

    /** Instantiates the template (with its personas) and publishes it, once. */
    private UUID journey(String template) {
        JsonNode journey = journeys.post("/templates/" + template + "/instantiate", Map.of(),
                Map.of("Idempotency-Key", "demo-journey-" + template)).expect(200, 201).json();
        String id = journey.get("id").asText();
        List<String> keys = new ArrayList<>();
        journey.path("stages").forEach(s -> keys.add(s.get("key").asText()));
        List<String> expected = JourneyScenario.forTemplate(template, UUID.fromString(id)).stageKeys();
        if (!keys.containsAll(expected)) {
            throw new IllegalStateException("template " + template + " has stages " + keys + ", the demo traffic expects " + expected);
        }
        JsonNode current = journeys.get("/journeys/" + id).expect(200).json();
        if (!"PUBLISHED".equals(current.path("status").asText())) {
            journeys.post("/journeys/" + id + "/publish", Map.of()).expect(201);
        }
        return UUID.fromString(id);
    }

    /** Creates the scenario's touchpoints linked to their stages; answers generated id → created id. */
    private Map<UUID, UUID> touchpoints(String template, JourneyScenario scenario) {
        Map<UUID, UUID> created = new HashMap<>();
        for (TouchpointSpec spec : scenario.touchpoints()) {
            List<Map<String, String>> links = scenario.stages().stream().filter(s -> s.touchpoints().contains(spec))
                    .map(StageSpec::key).map(key -> Map.of("journeyId", scenario.journeyId().toString(), "stageKey", key)).toList();
            Map<String, Object> body = Map.of("name", spec.name(), "channel", spec.channel(), "funnelPosition", spec.funnelPosition(),
                    "importance", 3, "links", links);
            JsonNode touchpoint = touchpoints.post("/touchpoints", body,
                    Map.of("Idempotency-Key", "demo-touchpoint-" + template + "-" + spec.id())).expect(200, 201).json();
            created.put(spec.id(), UUID.fromString(touchpoint.get("id").asText()));
        }
        return created;
    }

    private int interactions(JourneyScenario scenario, Map<UUID, UUID> touchpointIds, List<String> customers, Instant start,
                             Instant now, long trafficSeed) {
        List<GeneratedInteraction> generated = new InteractionGenerator(trafficSeed)
                .generate(scenario, customers, start, Duration.ofDays(85));
        List<Map<String, Object>> events = generated.stream().filter(e -> e.occurredAt().isBefore(now))
                .map(e -> {
                    Map<String, Object> json = e.toJson();
                    json.put("touchpointId", touchpointIds.get(e.touchpointId()).toString());
                    return json;
                }).toList();
        int stored = 0;
        for (int from = 0; from < events.size(); from += INTERACTION_BATCH) {
            JsonNode answer = touchpoints.post("/interactions", events.subList(from, Math.min(events.size(), from + INTERACTION_BATCH)))
                    .expect(200, 202).json();
            stored += answer.get("accepted").asInt() + answer.get("duplicates").asInt();
        }
        return stored;
    }

    private int responses(List<Map<String, Object>> responses) {
        int stored = 0;
        for (int from = 0; from < responses.size(); from += RESPONSE_BATCH) {
            JsonNode answer = feedback.post("/responses", responses.subList(from, Math.min(responses.size(), from + RESPONSE_BATCH)))
                    .expect(200, 202).json();
            stored += answer.get("accepted").asInt() + answer.get("duplicates").asInt();
        }
        return stored;
    }

    private int reviews(List<Map<String, Object>> reviews) {
        reviews.forEach(review -> feedback.post("/reviews", review).expect(200, 201));
        return reviews.size();
    }
}
