package io.trailmap.touchpoint.rest;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.trailmap.testsupport.TestTokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests as a caller of one tenant, and bodies the touchpoint tests share. */
final class Api {

    /** Non-integer JSON numbers as doubles, so rates compare at full precision. */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private Api() {
    }

    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification as(String tenant, String... roles) {
        return given().config(DOUBLES).header("Authorization", TestTokens.bearer(tenant, roles)).contentType(ContentType.JSON);
    }

    static Map<String, Object> touchpoint(String name, String channel, String position, Object... links) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("channel", channel);
        body.put("funnelPosition", position);
        body.put("links", List.of(links));
        return body;
    }

    static Map<String, Object> link(UUID journeyId, String stageKey) {
        return Map.of("journeyId", journeyId.toString(), "stageKey", stageKey);
    }

    static String createTouchpoint(String tenant, Map<String, Object> body) {
        return as(tenant, "editor").body(body).post("/touchpoints").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> event(String eventId, String customer, UUID journey, String stage, String touchpoint,
                                     String type, Instant at) {
        Map<String, Object> e = new HashMap<>();
        e.put("eventId", eventId);
        e.put("customerId", customer);
        e.put("journeyId", journey.toString());
        e.put("stageKey", stage);
        e.put("touchpointId", touchpoint);
        e.put("type", type);
        e.put("occurredAt", at.toString());
        return e;
    }

    /** One VIEW at stage {@code a} for each of {@code customers} new customers ({@code prefix}0, 1, …), event ids the same. */
    static List<Map<String, Object>> visits(UUID journey, String prefix, int customers) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            events.add(event(prefix + i, prefix + i, journey, "a", UUID.randomUUID().toString(), "VIEW",
                    Instant.parse("2026-03-01T10:00:00Z")));
        }
        return events;
    }

    /** Ingests, waits until the analytics count the batch (minDataAsOf = its acknowledgement; 503 after the wait allowed), answers the acknowledgement. */
    static String ingest(String tenant, List<Map<String, Object>> events) {
        String acknowledgedAt = as(tenant, "ingest").body(events).post("/interactions").then().statusCode(202)
                .extract().path("acknowledgedAt");
        awaitCounted(tenant, acknowledgedAt);
        return acknowledgedAt;
    }

    /** Generated traffic of one journey: the e-commerce scenario for odd seeds, the SaaS trial for even ones. */
    record Traffic(UUID journey, io.trailmap.datagen.JourneyScenario scenario, List<Map<String, Object>> events) {

        static Traffic generated(long seed, int customers, Instant start) {
            UUID journey = UUID.randomUUID();
            var scenario = seed % 2 == 0 ? io.trailmap.datagen.JourneyScenario.saasTrial(journey)
                    : io.trailmap.datagen.JourneyScenario.ecommerce(journey);
            List<Map<String, Object>> events = new ArrayList<>(new io.trailmap.datagen.InteractionGenerator(seed)
                    .generate(scenario, customers, start, java.time.Duration.ofDays(45)).stream()
                    .map(io.trailmap.datagen.GeneratedInteraction::toJson).toList());
            return new Traffic(journey, scenario, events);
        }
    }

    /**
     * Posts {@code events} in order in random batches of 1 to {@code largest}, a third of them twice (a client's
     * retry, which must change nothing), without waiting for counting; answers the last acknowledgement (every
     * batch was acknowledged at or before it).
     */
    static String deliverInRandomBatchesWithRetries(String tenant, List<Map<String, Object>> events, java.util.Random random,
                                                    int largest) {
        String acknowledgedAt = null;
        int i = 0;
        while (i < events.size()) {
            List<Map<String, Object>> batch = events.subList(i, Math.min(events.size(), i + 1 + random.nextInt(largest)));
            acknowledgedAt = post(tenant, batch);
            if (random.nextInt(3) == 0) {
                acknowledgedAt = post(tenant, batch);
            }
            i += batch.size();
        }
        return acknowledgedAt;
    }

    /** One batch, accepted: its acknowledgedAt. */
    static String post(String tenant, List<Map<String, Object>> batch) {
        return as(tenant, "ingest").body(batch).post("/interactions").then().statusCode(202).extract().path("acknowledgedAt");
    }

    /** Until every event of the tenant acknowledged up to {@code acknowledgedAt} is counted by the rollups. */
    static void awaitCounted(String tenant, String acknowledgedAt) {
        as(tenant, "viewer").queryParam("minDataAsOf", acknowledgedAt).get("/analytics/freshness").then().statusCode(200);
    }
}
