package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** A tenant over its ingestion quota gets 429 with Retry-After, nothing of the refused batch is stored, other tenants go on. */
@QuarkusTest
@TestProfile(IngestionQuotaTest.SmallQuota.class)
class IngestionQuotaTest {

    public static class SmallQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trailmap.ingest.quota.events-per-second", "1", "trailmap.ingest.quota.burst", "1000");
        }
    }

    private static String batch(String journey, String prefix, int size) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            body.append(i == 0 ? "" : ",").append("{\"eventId\":\"").append(prefix).append(i).append("\",\"customerId\":\"")
                    .append(prefix).append(i).append("\",\"journeyId\":\"").append(journey)
                    .append("\",\"stageKey\":\"a\",\"touchpointId\":\"").append(UUID.randomUUID())
                    .append("\",\"type\":\"VIEW\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        }
        return body.append(']').toString();
    }

    @Test
    void aTenantOverItsQuotaIsToldWhenToRetry() {
        String journey = UUID.randomUUID().toString();
        String acme = TestTokens.bearer("quota-acme", "admin");
        // the burst is used up; the next batch fits only after 1 000 s, whatever a slow machine does meanwhile
        given().header("Authorization", acme).contentType("application/json").body(batch(journey, "a-", 1000))
                .post("/interactions").then().statusCode(202).body("accepted", is(1000));
        given().header("Authorization", acme).contentType("application/json").body(batch(journey, "b-", 1000))
                .post("/interactions").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("9[0-9]{2}|1000"))
                .body("detail", containsString("1 interactions per second"));
        given().header("Authorization", acme).get("/analytics/funnel?journeyId=" + journey + "&stages=a&source=RAW")
                .then().statusCode(200).body("stages[0].customers", is(1000));

        given().header("Authorization", TestTokens.bearer("quota-globex", "ingest")).contentType("application/json")
                .body(batch(UUID.randomUUID().toString(), "g-", 50)).post("/interactions").then().statusCode(202).body("accepted", is(50));
    }
}
