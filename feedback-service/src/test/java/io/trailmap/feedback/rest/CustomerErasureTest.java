package io.trailmap.feedback.rest;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.trailmap.common.erasure.ErasedCustomer;
import io.trailmap.feedback.config.FeedbackConfig;
import io.trailmap.testsupport.Eventually;
import io.trailmap.testsupport.StoredTraces;
import io.trailmap.testsupport.WebhookReceiver;
import io.trailmap.webhooks.WebhookConfig;
import io.trailmap.webhooks.WebhookDispatcher;
import io.trailmap.webhooks.WebhookSubscription;
import io.trailmap.webhooks.mongo.MongoWebhookStore;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.trailmap.feedback.rest.Api.as;
import static io.trailmap.feedback.rest.Api.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** Erasure leaves nothing of the customer in any collection, can be repeated, finishes what a crash cut short. */
@QuarkusTest
class CustomerErasureTest {

    private final String tenant = Api.newTenant();
    private final String customer = "gone-" + UUID.randomUUID();
    private final String comment = "The courier left my parcel in the rain " + UUID.randomUUID().toString().substring(0, 8);
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Inject
    MongoClient mongo;
    @Inject
    FeedbackConfig feedbackConfig;
    @Inject
    MongoWebhookStore webhooks;
    @Inject
    WebhookConfig webhookConfig;
    @Inject
    Clock clock;

    private MongoDatabase db;

    @BeforeEach
    void database() {
        db = mongo.getDatabase(feedbackConfig.database());
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private String subscribe(List<String> types) {
        return as(tenant, "admin").body(Map.of("url", receiver.url(), "eventTypes", types)).post("/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    private static String type(WebhookReceiver.Received r) {
        return JsonPath.from(r.body()).getString("type");
    }

    private void submitUnhappyFeedback() {
        Map<String, Object> detractor = response("r-" + customer, "NPS", 1, comment);
        detractor.put("customerId", customer);
        as(tenant, "ingest").body(detractor).post("/responses").then().statusCode(202).body("accepted", is(1));
        Map<String, Object> review = new HashMap<>(Map.of("source", "GOOGLE", "sourceId", "g-" + customer, "rating", 1,
                "text", comment, "publishedAt", "2026-04-01T10:00:00Z", "customerId", customer));
        as(tenant, "ingest").body(review).post("/reviews").then().statusCode(201);
    }

    @Test
    void anErasureLeavesNoTraceOfTheCustomerOrTheirWordsInAnyCollectionOnceItsNoticeIsDelivered() {
        String subscription = subscribe(List.of("feedback.detractor", "followup.opened", "review.negative", "customer.erased"));
        submitUnhappyFeedback();
        // a stored idempotent answer that names the customer, of a survey deleted since
        String survey = as(tenant, "editor").header("Idempotency-Key", "survey-" + customer)
                .body(Map.of("name", customer, "kind", "NPS", "questions", List.of(Map.of("key", "q", "type", "SCALE",
                        "texts", Map.of("en", "How likely?"))))).post("/surveys").then().statusCode(201).extract().path("id");
        as(tenant, "editor").header("If-Match", "\"0\"").delete("/surveys/" + survey).then().statusCode(204);
        // every event about them was relayed into the delivery log and sent
        Eventually.until(() -> List.copyOf(receiver.received()), got -> got.stream().map(CustomerErasureTest::type).toList()
                        .containsAll(List.of("feedback.detractor", "review.negative")) && got.stream().filter(r -> type(r).equals("followup.opened")).count() == 2,
                Duration.ofSeconds(30), "the detractor, the negative review and both follow-ups");
        assertThat(StoredTraces.inMongo(db, customer, comment)).as("what is stored before")
                .anyMatch(t -> t.startsWith("responses:")).anyMatch(t -> t.startsWith("reviews:")).anyMatch(t -> t.startsWith("follow_ups:"))
                .anyMatch(t -> t.startsWith("webhook_deliveries:")).anyMatch(t -> t.startsWith("idempotency_keys:"));

        as(tenant, "admin").delete("/customers/" + customer).then().statusCode(200)
                .body("responses", is(1)).body("reviews", is(1)).body("followUps", is(2)).body("repeated", is(false));

        String log = "/webhooks/" + subscription + "/deliveries";
        Eventually.until(() -> as(tenant, "admin").get(log).then().extract().jsonPath(),
                deliveries -> deliveries.getList("items.eventType").equals(List.of("customer.erased"))
                        && "DELIVERED".equals(deliveries.getString("items[0].status")),
                Duration.ofSeconds(30), "the log to hold only the erasure notice, delivered");
        WebhookReceiver.Received notice = receiver.received().stream().filter(r -> type(r).equals("customer.erased")).findFirst().orElseThrow();
        assertThat(JsonPath.from(notice.body()).getString("data.customerId")).isEqualTo(customer);
        assertThat(StoredTraces.inMongo(db, customer, comment)).isEmpty();
    }

    @Test
    void aRepeatedErasureAnswersTheFirstReceiptUntilNewFeedbackArrives() {
        submitUnhappyFeedback();
        var first = as(tenant, "admin").delete("/customers/" + customer).then().statusCode(200)
                .body("responses", is(1)).body("reviews", is(1)).body("followUps", is(2)).body("repeated", is(false)).extract();
        String auditId = first.path("auditId");

        as(tenant, "admin").delete("/customers/" + customer).then().statusCode(200)
                .body("auditId", is(auditId)).body("erasedAt", is(first.<String>path("erasedAt")))
                .body("responses", is(1)).body("reviews", is(1)).body("followUps", is(2)).body("repeated", is(true));
        as(tenant, "admin").get("/audit/erasures").then().body("items.id", is(List.of(auditId)));
        as(Api.newTenant(), "admin").delete("/customers/" + customer).then().statusCode(200).body("repeated", is(false));

        Map<String, Object> later = response("later-" + customer, "CSAT", 5, "Fine now");
        later.put("customerId", customer);
        as(tenant, "ingest").body(later).post("/responses").then().statusCode(202).body("accepted", is(1));
        String second = as(tenant, "admin").delete("/customers/" + customer).then().statusCode(200)
                .body("responses", is(1)).body("reviews", is(0)).body("followUps", is(0)).body("repeated", is(false)).extract().path("auditId");
        as(tenant, "admin").get("/audit/erasures").then().body("items.id", is(List.of(second, auditId)));
    }

    @Test
    void anErasureCutShortIsFinishedUnderItsAuditIdByTheNextRequest() {
        submitUnhappyFeedback();
        // as a crash leaves it: the audit record begun, the follow-ups already gone and counted, the rest still there
        String auditId = UUID.randomUUID().toString();
        db.getCollection("erasure_audit").insertOne(new Document("_id", auditId).append("tenant", tenant)
                .append("customerDigest", ErasedCustomer.digest(tenant, customer)).append("status", "ERASING")
                .append("erasedBy", "user-of-" + tenant).append("startedAt", new Date()).append("responses", 0L).append("reviews", 0L)
                .append("followUps", 2L));
        db.getCollection("follow_ups").deleteMany(new Document("tenant", tenant).append("customerId", customer));
        as(tenant, "admin").get("/audit/erasures").then().body("items", hasSize(0));

        as(tenant, "admin").delete("/customers/" + customer).then().statusCode(200)
                .body("auditId", is(auditId)).body("responses", is(1)).body("reviews", is(1)).body("followUps", is(2))
                .body("repeated", is(false));
        as(tenant, "admin").get("/audit/erasures").then().body("items.id", is(List.of(auditId))).body("items[0].followUps", is(2));
        assertThat(StoredTraces.inMongo(db, customer, comment)).isEmpty();
    }

    @Test
    void theDeliveryLogKeepsThirtyDaysByDefault() {
        WebhookSubscription paused = new WebhookSubscription(UUID.randomUUID(), tenant, receiver.url(), List.of("feedback.detractor"),
                "whsec_dGVzdA==", false, "held for the test", 0, Instant.now());
        webhooks.insert(paused);
        Instant now = clock.instant();
        webhooks.enqueue(tenant, paused.id().toString(), "old-" + customer, "feedback.detractor", "{}", now.minus(Duration.ofDays(30)).minusSeconds(60));
        webhooks.enqueue(tenant, paused.id().toString(), "recent-" + customer, "feedback.detractor", "{}", now.minus(Duration.ofDays(29)));
        assertThat(webhookConfig.logRetention()).isEqualTo(Duration.ofDays(30));

        long purged = new WebhookDispatcher(webhooks, webhookConfig, clock).purgeLog();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(webhooks.deliveries(tenant, paused.id(), 10)).singleElement()
                .satisfies(kept -> assertThat(kept.createdAt()).isEqualTo(now.minus(Duration.ofDays(29)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    }

    @Test
    void theAuditIsReadNewestFirstPageByPage() {
        List<String> audits = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            audits.add(0, as(tenant, "admin").delete("/customers/" + customer + "-" + i).then().statusCode(200).extract().path("auditId"));
        }
        var first = as(tenant, "admin").get("/audit/erasures?limit=2").then().statusCode(200)
                .body("items.id", is(audits.subList(0, 2))).extract();
        as(tenant, "admin").queryParam("cursor", first.<String>path("nextCursor")).get("/audit/erasures?limit=2").then().statusCode(200)
                .body("items.id", is(audits.subList(2, 3))).body("nextCursor", org.hamcrest.Matchers.nullValue());
        as(tenant, "admin").get("/audit/erasures?cursor=not-a-cursor").then().statusCode(400);
    }
}
