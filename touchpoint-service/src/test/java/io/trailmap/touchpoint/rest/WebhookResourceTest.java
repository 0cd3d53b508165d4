package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.trailmap.testsupport.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * touchpoint-service's event, customer.erased, to a local receiver. Retries, backoff, pause and the
 * outbox transaction are the shared PostgreSQL implementation, proven in journey-service's test.
 */
@QuarkusTest
class WebhookResourceTest {

    private final String tenant = Api.newTenant();
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private String subscribe(String t) {
        return as(t, "admin").body(Map.of("url", receiver.url(), "eventTypes", List.of("customer.erased"))).post("/webhooks")
                .then().statusCode(201).extract().path("secret");
    }

    @Test
    void anErasureIsAnnouncedSignedWithWhatWasRemoved() {
        String secret = subscribe(tenant);
        Api.ingest(tenant, List.of(event("e1", "gone", UUID.randomUUID(), "aware", UUID.randomUUID().toString(), "VISIT",
                Instant.parse("2026-06-01T09:00:00Z"))));
        String auditId = as(tenant, "admin").delete("/customers/gone").then().statusCode(200).extract().path("auditId");

        WebhookReceiver.Received delivery = receiver.await(1).getFirst();
        assertThat(delivery.signedWith(secret)).isTrue();
        JsonPath payload = JsonPath.from(delivery.body());
        assertThat(payload.getString("type")).isEqualTo("customer.erased");
        assertThat(payload.getString("data.customerId")).isEqualTo("gone");
        assertThat(payload.getString("data.service")).isEqualTo("touchpoint-service");
        assertThat(payload.getString("data.auditId")).isEqualTo(auditId);
        assertThat(payload.getInt("data.removed.interactions")).isEqualTo(1);
    }

    @Test
    void onlyTheTenantsOwnErasuresReachItsSubscribers() {
        subscribe(tenant);
        String other = Api.newTenant();
        as(other, "admin").delete("/customers/someone").then().statusCode(200);
        as(tenant, "admin").delete("/customers/mine").then().statusCode(200);
        assertThat(receiver.await(1)).extracting(r -> JsonPath.from(r.body()).getString("data.customerId")).containsExactly("mine");
    }

    @Test
    void theDeliveryLogListsTheLatest100AndSaysWhenThereAreOlderOnes() {
        subscribe(tenant);
        String subscription = as(tenant, "admin").get("/webhooks").then().extract().path("items[0].id");
        for (int i = 0; i < 100; i++) {
            as(tenant, "admin").delete("/customers/customer-" + i).then().statusCode(200);
        }
        as(tenant, "admin").get("/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .body("items.size()", is(100)).body("truncated", is(false));

        as(tenant, "admin").delete("/customers/customer-100").then().statusCode(200);
        JsonPath log = as(tenant, "admin").get("/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .body("items.size()", is(100)).body("truncated", is(true)).extract().jsonPath();
        // newest first: the 101st erasure's delivery leads, the first erasure's is the one left out
        assertThat(JsonPath.from(log.getString("items[0].payload")).getString("data.customerId")).isEqualTo("customer-100");
        assertThat(log.getList("items.payload", String.class)).noneMatch(payload -> payload.contains("\"customer-0\""));
    }

    @Test
    void onlyThisServicesEventsCanBeSubscribedByAdmins() {
        as(tenant, "admin").body(Map.of("url", receiver.url(), "eventTypes", List.of("journey.published"))).post("/webhooks")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("eventTypes"));
        as(tenant, "editor").body(Map.of("url", receiver.url(), "eventTypes", List.of("customer.erased"))).post("/webhooks")
                .then().statusCode(403);
    }
}
