package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.TenantIsolationContract;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

@QuarkusTest
class TenantIsolationTest extends TenantIsolationContract {

    @Override
    protected Owned seed(String bearerA) {
        String journey = UUID.randomUUID().toString();
        String touchpoint = given().header("Authorization", bearerA).contentType("application/json")
                .body("{\"name\":\"Isolated kiosk\",\"channel\":\"IN_STORE\",\"funnelPosition\":\"MOFU\",\"links\":[{\"journeyId\":\""
                        + journey + "\",\"stageKey\":\"a\"}]}")
                .post("/touchpoints").then().statusCode(201).extract().path("id");
        given().header("Authorization", bearerA).contentType("application/json")
                .body("[{\"eventId\":\"iso-1\",\"customerId\":\"iso-customer\",\"journeyId\":\"" + journey + "\",\"stageKey\":\"a\","
                        + "\"touchpointId\":\"" + touchpoint + "\",\"type\":\"PURCHASE\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}]")
                .post("/interactions").then().statusCode(202);
        String webhook = subscribeWebhook(bearerA, "customer.erased");
        return new Owned(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("/touchpoints/" + touchpoint), webhookPaths(webhook).stream()).toList(),
                List.of("/touchpoints", "/touchpoints?journeyIds=" + journey, "/customers/iso-customer/timeline",
                        "/analytics/funnel?journeyId=" + journey + "&stages=a", "/analytics/attribution?journeyId=" + journey,
                        "/analytics/touchpoints/" + touchpoint, "/analytics/dropoffs?journeyId=" + journey + "&stages=a", "/webhooks"),
                List.of(touchpoint, "iso-1", webhook));
    }
}
