package io.trailmap.touchpoint.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.trailmap.testsupport.Eventually;
import io.trailmap.testsupport.StoredTraces;
import io.trailmap.testsupport.WebhookReceiver;
import io.trailmap.webhooks.WebhookConfig;
import io.trailmap.webhooks.WebhookDispatcher;
import io.trailmap.webhooks.WebhookOutbox;
import io.trailmap.webhooks.WebhookStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** Erasure leaves nothing of the customer in any table, can be repeated, and the delivery log keeps 30 days. */
@QuarkusTest
class CustomerErasureTest {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    private final String tenant = Api.newTenant();
    private final String customer = "gone-" + UUID.randomUUID();
    private final UUID journey = UUID.randomUUID();
    private final String touchpoint = UUID.randomUUID().toString();
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Inject
    AgroalDataSource db;
    @Inject
    WebhookStore webhooks;
    @Inject
    WebhookOutbox outbox;
    @Inject
    WebhookConfig config;
    @Inject
    Clock clock;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private List<String> tracesOf(String... needles) throws Exception {
        try (Connection c = db.getConnection()) {
            return StoredTraces.inPostgres(c, needles);
        }
    }

    private String subscribeToErasures() {
        return as(tenant, "admin").body(Map.of("url", receiver.url(), "eventTypes", List.of("customer.erased"))).post("/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anErasureLeavesNoTraceOfTheCustomerInAnyTableOnceItsNoticeIsDelivered() throws Exception {
        String subscription = subscribeToErasures();
        Map<String, Object> visit = event("v-" + customer, customer, journey, "aware", touchpoint, "VISIT", T0);
        visit.put("sessionId", "s-1");
        visit.put("attributes", Map.of("plan", "gold"));
        Api.ingest(tenant, List.of(visit, event("p-" + customer, customer, journey, "buy", touchpoint, "PURCHASE", T0.plusSeconds(60))));
        // a stored idempotent answer that names the customer, of a record deleted since
        Map<String, Object> kiosk = new HashMap<>(Api.touchpoint(customer, "IN_STORE", "MOFU"));
        String created = as(tenant, "editor").header("Idempotency-Key", "kiosk-" + customer).body(kiosk).post("/touchpoints")
                .then().statusCode(201).extract().path("id");
        as(tenant, "editor").header("If-Match", "\"0\"").delete("/touchpoints/" + created).then().statusCode(204);
        assertThat(tracesOf(customer)).as("the customer is stored before").hasSizeGreaterThanOrEqualTo(5);

        as(tenant, "admin").delete("/customers/" + customer).then().statusCode(200).body("interactions", is(2)).body("repeated", is(false));

        String log = "/webhooks/" + subscription + "/deliveries";
        Eventually.until(() -> as(tenant, "admin").get(log).then().extract().<String>path("items[0].status"), "DELIVERED"::equals,
                Duration.ofSeconds(30), "the erasure notice to be delivered");
        // downstream tools were told whom to erase; the log forgot it once they were
        assertThat(JsonPath.from(receiver.received().getFirst().body()).getString("data.customerId")).isEqualTo(customer);
        assertThat(JsonPath.from(as(tenant, "admin").get(log).then().extract().<String>path("items[0].payload")).getString("data.customerId"))
                .isNull();
        assertThat(tracesOf(customer)).isEmpty();
    }

    @Test
    void aRepeatedErasureAnswersTheFirstReceiptUntilNewDataArrives() {
        Api.ingest(tenant, List.of(event("a-" + customer, customer, journey, "aware", touchpoint, "VISIT", T0)));
        var first = as(tenant, "admin").delete("/customers/" + customer).then().statusCode(200)
                .body("interactions", is(1)).body("stageProgress", is(1)).body("journeys", is(1)).body("repeated", is(false)).extract();

        as(tenant, "admin").delete("/customers/" + customer).then().statusCode(200)
                .body("auditId", is(first.<String>path("auditId"))).body("erasedAt", is(first.<String>path("erasedAt")))
                .body("interactions", is(1)).body("stageProgress", is(1)).body("journeys", is(1)).body("repeated", is(true));
        as(tenant, "admin").get("/audit/erasures").then().body("items", hasSize(1));
        // another tenant's erasure of the same id is its own
        as(Api.newTenant(), "admin").delete("/customers/" + customer).then().statusCode(200).body("repeated", is(false))
                .body("auditId", org.hamcrest.Matchers.not(first.<String>path("auditId")));

        Api.ingest(tenant, List.of(event("b-" + customer, customer, journey, "aware", touchpoint, "VISIT", T0.plusSeconds(5))));
        String second = as(tenant, "admin").delete("/customers/" + customer).then().statusCode(200)
                .body("interactions", is(1)).body("repeated", is(false)).extract().path("auditId");
        assertThat(second).isNotEqualTo(first.<String>path("auditId"));
        as(tenant, "admin").get("/audit/erasures").then().body("items.id", is(List.of(second, first.<String>path("auditId"))));
    }

    @Test
    void theDeliveryLogKeepsThirtyDaysByDefault() throws Exception {
        String subscription = subscribeToErasures();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.emit(tenant, "customer.erased", Map.of("customerId", "old-one"));
            outbox.emit(tenant, "customer.erased", Map.of("customerId", "recent-one"));
        });
        try (Connection c = db.getConnection(); PreparedStatement aged = c.prepareStatement("UPDATE webhook_deliveries SET created_at = ?"
                + " WHERE tenant_id = ? AND strpos(payload, 'old-one') > 0")) {
            aged.setObject(1, java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(30)).minusSeconds(60)));
            aged.setString(2, tenant);
            assertThat(aged.executeUpdate()).isEqualTo(1);
        }
        assertThat(config.logRetention()).isEqualTo(Duration.ofDays(30));

        long purged = new WebhookDispatcher(webhooks, config, clock).purgeLog();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        Instant cutoff = clock.instant().minus(Duration.ofDays(30));
        assertThat(webhooks.deliveries(tenant, UUID.fromString(subscription), 10)).singleElement()
                .satisfies(kept -> assertThat(kept.createdAt()).isAfter(cutoff));
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
