package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.trailmap.webhooks.mongo.MongoWebhookStore;
import io.trailmap.testsupport.Eventually;
import io.trailmap.testsupport.WebhookReceiver;
import io.trailmap.testsupport.WebhookReceiver.Received;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.trailmap.feedback.rest.Api.as;
import static io.trailmap.feedback.rest.Api.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * feedback-service's events to a local receiver (test profile: http and loopback allowed, backoff
 * 0.2–0.4 s, 4 attempts, pause after 6 failures in a row, overdue scan every second).
 */
@QuarkusTest
class WebhookResourceTest {

    private static final List<String> ALL = List.of("feedback.detractor", "followup.opened", "followup.overdue", "followup.resolved",
            "review.negative", "customer.erased");

    private final String tenant = Api.newTenant();
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Inject
    MongoWebhookStore store;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private JsonPath subscribe(List<String> types) {
        return as(tenant, "admin").body(Map.of("url", receiver.url(), "eventTypes", types)).post("/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    private static String type(Received r) {
        return JsonPath.from(r.body()).getString("type");
    }

    private List<Received> awaitTypes(String... types) {
        return await(got -> got.stream().map(WebhookResourceTest::type).toList().containsAll(List.of(types)), "events " + List.of(types));
    }

    private List<Received> await(Predicate<List<Received>> done, String what) {
        return Eventually.until(() -> List.copyOf(receiver.received()), done, Duration.ofSeconds(30), what);
    }

    /** The sourceTypes of the followup.opened events received so far. */
    private static List<String> openedFor(List<Received> received) {
        return received.stream().filter(r -> type(r).equals("followup.opened")).map(r -> JsonPath.from(r.body()).getString("data.sourceType"))
                .toList();
    }

    private static JsonPath of(List<Received> received, String type) {
        return JsonPath.from(received.stream().filter(r -> type.equals(type(r))).findFirst().orElseThrow().body());
    }

    private String detractor(String responseId, String customer) {
        Map<String, Object> r = response(responseId, "NPS", 2, "Rude staff and a long wait");
        r.put("customerId", customer);
        return as(tenant, "ingest").body(r).post("/responses").then().statusCode(202).extract().path("results[0].followUpId");
    }

    @Test
    void everyEventOfTheFeedbackLoopIsDeliveredSignedWithItsData() {
        String secret = subscribe(ALL).getString("secret");
        String followUp = detractor("w-1", "cust-w");
        Map<String, Object> review = new HashMap<>(Map.of("source", "GOOGLE", "sourceId", "g-w", "rating", 1,
                "text", "Terrible service", "publishedAt", "2026-04-01T10:00:00Z", "customerId", "cust-w"));
        as(tenant, "ingest").body(review).post("/reviews").then().statusCode(201);
        // two follow-ups open (one per unhappy item): wait for both, not for the first of them
        List<Received> got = await(received -> received.stream().map(WebhookResourceTest::type).toList()
                        .containsAll(List.of("feedback.detractor", "review.negative")) && openedFor(received).containsAll(List.of("RESPONSE", "REVIEW")),
                "feedback.detractor, review.negative and followup.opened for the response and the review");
        assertThat(of(got, "feedback.detractor").getString("data.responseId")).isEqualTo("w-1");
        assertThat(of(got, "feedback.detractor").getInt("data.score")).isEqualTo(2);
        assertThat(of(got, "feedback.detractor").getString("data.category")).isEqualTo("DETRACTOR");
        assertThat(of(got, "review.negative").getInt("data.rating")).isEqualTo(1);
        assertThat(of(got, "review.negative").getString("data.sourceId")).isEqualTo("g-w");
        assertThat(openedFor(got)).containsExactlyInAnyOrder("RESPONSE", "REVIEW");

        // moved into the past: the scan announces it once
        as(tenant, "editor").header("If-Match", "\"0\"").body(Map.of("dueAt", Instant.now().minusSeconds(60).toString()))
                .patch("/follow-ups/" + followUp).then().statusCode(200);
        got = awaitTypes("followup.overdue");
        assertThat(of(got, "followup.overdue").getString("data.followUpId")).isEqualTo(followUp);
        as(tenant, "editor").header("If-Match", "\"1\"").body(Map.of("status", "RESOLVED", "resolution", "Called and refunded"))
                .patch("/follow-ups/" + followUp).then().statusCode(200);
        got = awaitTypes("followup.resolved");
        assertThat(of(got, "followup.resolved").getString("data.resolution")).isEqualTo("Called and refunded");
        assertThat(of(got, "followup.resolved").getString("data.status")).isEqualTo("RESOLVED");

        as(tenant, "admin").delete("/customers/cust-w").then().statusCode(200);
        got = awaitTypes("customer.erased");
        assertThat(of(got, "customer.erased").getString("data.customerId")).isEqualTo("cust-w");
        assertThat(of(got, "customer.erased").getString("data.service")).isEqualTo("feedback-service");
        assertThat(of(got, "customer.erased").getInt("data.removed.responses")).isEqualTo(1);

        assertThat(got).allMatch(r -> r.signedWith(secret));
        assertThat(got.stream().filter(r -> type(r).equals("followup.overdue"))).hasSize(1);
        assertThat(got.stream().map(Received::id).distinct()).hasSize(got.size());
    }

    @Test
    void onlyUnhappyFeedbackAndSubscribedTypesAreSent() {
        subscribe(List.of("review.negative"));
        as(tenant, "ingest").body(response("happy", "NPS", 10, "Great")).post("/responses").then().statusCode(202);
        detractor("unhappy", "cust-u");   // a detractor, but nobody subscribed to feedback.detractor here
        Map<String, Object> good = Map.of("source", "GOOGLE", "sourceId", "g-good", "rating", 5, "text", "Lovely staff",
                "publishedAt", "2026-04-01T10:00:00Z");
        Map<String, Object> bad = Map.of("source", "GOOGLE", "sourceId", "g-bad", "rating", 2, "text", "Slow",
                "publishedAt", "2026-04-01T10:00:00Z");
        as(tenant, "ingest").body(good).post("/reviews").then().statusCode(201);
        as(tenant, "ingest").body(bad).post("/reviews").then().statusCode(201);
        as(tenant, "ingest").body(bad).post("/reviews").then().statusCode(200);   // a duplicate is not a new event
        Received only = receiver.await(1).getFirst();
        assertThat(JsonPath.from(only.body()).getString("data.sourceId")).isEqualTo("g-bad");
        as(tenant, "ingest").body(Map.of("source", "GOOGLE", "sourceId", "g-bad-2", "rating", 1, "text", "Worse",
                "publishedAt", "2026-04-01T10:00:00Z")).post("/reviews").then().statusCode(201);
        assertThat(receiver.await(2)).extracting(r -> JsonPath.from(r.body()).getString("data.sourceId")).containsExactly("g-bad", "g-bad-2");
    }

    @Test
    void failuresAreRetriedThenTheSubscriptionPausesAndKeepsItsEventsForTheResume() {
        receiver.answer(503, 200);
        String id = subscribe(List.of("feedback.detractor")).getString("id");
        detractor("r-1", "c-1");
        String log = "/webhooks/" + id + "/deliveries";
        Eventually.until(() -> as(tenant, "admin").get(log).then().extract().<String>path("items[0].status"), "DELIVERED"::equals,
                Duration.ofSeconds(30), "the second attempt");
        as(tenant, "admin").get(log).then().body("items[0].attempts", is(2)).body("items[0].lastStatus", is(200));
        assertThat(receiver.received().stream().map(Received::id).distinct()).hasSize(1);

        receiver.answer(500);
        detractor("r-2", "c-2");
        detractor("r-3", "c-3");   // 2 deliveries × 4 attempts: the 6th failure in a row pauses
        Eventually.until(() -> as(tenant, "admin").get("/webhooks/" + id).then().extract().<Boolean>path("active"), Boolean.FALSE::equals,
                Duration.ofSeconds(30), "the pause");
        as(tenant, "admin").get("/webhooks/" + id).then().body("pausedReason", containsString("6 failed attempts"));
        detractor("r-4", "c-4");   // while paused: kept
        receiver.answer(200);
        as(tenant, "admin").post("/webhooks/" + id + "/resume").then().statusCode(200).body("active", is(true));
        Eventually.until(() -> List.copyOf(receiver.received()), got -> got.stream().anyMatch(r -> r.body().contains("\"r-4\"")),
                Duration.ofSeconds(30), "the event kept during the pause");
    }
}
