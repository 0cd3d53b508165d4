package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.trailmap.touchpoint.rest.Api.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * Text PostgreSQL cannot store — U+0000 and unpaired surrogates — in a path, a query or a body is a
 * 400 naming where it is, never a 500, and nothing is written. (The bodies carry JSON escapes, as a
 * client's JSON library writes them.)
 */
@QuarkusTest
class UnstorableTextTest {

    private static final String NUL_FIRST = "contains U+0000 (NUL) at character 1, which cannot be stored";
    private final String tenant = Api.newTenant();

    @Test
    void aNulDeliveryIdToRedeliverIs400AndTheLogStaysEmpty() {
        String subscription = as(tenant, "admin").body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("customer.erased")))
                .post("/webhooks").then().statusCode(201).extract().path("id");

        as(tenant, "admin").urlEncodingEnabled(false).post("/webhooks/" + subscription + "/deliveries/%00/redeliver")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("deliveryId")).body("errors[0].message", is(NUL_FIRST));
        as(tenant, "admin").get("/webhooks/" + subscription + "/deliveries").then().statusCode(200).body("items", empty());
        // a delivery id that is text, and names nothing, is still the 404 it was
        as(tenant, "admin").post("/webhooks/" + subscription + "/deliveries/msg_none/redeliver").then().statusCode(404);
    }

    @Test
    void aNulInAQueryParameterOrInTheCustomerToEraseIs400AndNoErasureIsRecorded() {
        as(tenant, "viewer").urlEncodingEnabled(false).get("/analytics/funnel?journeyId=" + UUID.randomUUID() + "&stages=aware,b%00uy")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("stages"))
                .body("errors[0].message", is("contains U+0000 (NUL) at character 8, which cannot be stored"));
        as(tenant, "admin").urlEncodingEnabled(false).delete("/customers/anna%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("customerId"));
        as(tenant, "admin").get("/audit/erasures").then().statusCode(200).body("items", empty());
    }

    @Test
    void aNulOrAnUnpairedSurrogateInATouchpointIs400AndNothingIsCreatedOrChanged() {
        as(tenant, "editor").body("{\"name\":\"\\u0000Kiosk\",\"channel\":\"IN_STORE\",\"funnelPosition\":\"MOFU\"}").post("/touchpoints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("name")).body("errors[0].message", is(NUL_FIRST));
        as(tenant, "viewer").get("/touchpoints").then().body("items", empty());

        String id = Api.createTouchpoint(tenant, Api.touchpoint("Kiosk", "IN_STORE", "MOFU"));
        as(tenant, "editor").header("If-Match", "\"0\"")
                .body("{\"name\":\"Kiosk 2\",\"channel\":\"IN_STORE\",\"funnelPosition\":\"MOFU\",\"platform\":\"till \\uD83D\"}")
                .put("/touchpoints/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("platform"))
                .body("errors[0].message", is("contains an unpaired UTF-16 surrogate (U+D83D) at character 6, which is not Unicode text"));
        as(tenant, "viewer").get("/touchpoints/" + id).then().statusCode(200)
                .body("name", is("Kiosk")).body("version", is(0));
    }

    @Test
    void aNulKeyInOneEventsAttributesRefusesTheBatchAndStoresNoneOfIt() {
        UUID journey = UUID.randomUUID();
        String good = "{\"eventId\":\"ok-1\",\"customerId\":\"anna\",\"journeyId\":\"" + journey + "\",\"stageKey\":\"aware\","
                + "\"touchpointId\":\"" + UUID.randomUUID() + "\",\"type\":\"VISIT\",\"occurredAt\":\"2026-06-01T09:00:00Z\"}";
        String bad = "{\"eventId\":\"bad-1\",\"customerId\":\"bert\",\"journeyId\":\"" + journey + "\",\"stageKey\":\"aware\","
                + "\"touchpointId\":\"" + UUID.randomUUID() + "\",\"type\":\"VISIT\",\"occurredAt\":\"2026-06-01T09:00:00Z\","
                + "\"attributes\":{\"plan\":\"pro\",\"no\\u0000te\":\"x\"}}";

        as(tenant, "ingest").body("[" + good + "," + bad + "]").post("/interactions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("[1].attributes"))
                .body("errors[0].message", is("has a key that contains U+0000 (NUL) at character 3, which cannot be stored"));
        as(tenant, "viewer").get("/customers/anna/timeline").then().statusCode(200).body("items", empty());
        as(tenant, "viewer").get("/customers/bert/timeline").then().statusCode(200).body("items", empty());
    }
}
