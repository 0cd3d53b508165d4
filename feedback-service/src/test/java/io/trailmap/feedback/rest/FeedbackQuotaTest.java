package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** Responses and reviews share a per-tenant quota: over it 429 with Retry-After, nothing stored, other tenants unaffected. */
@QuarkusTest
@TestProfile(FeedbackQuotaTest.SmallQuota.class)
class FeedbackQuotaTest {

    public static class SmallQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trailmap.feedback.quota.items-per-second", "1", "trailmap.feedback.quota.burst", "100");
        }
    }

    private static String responses(String prefix, int count) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("{\"responseId\":\"").append(prefix).append(i).append("\",\"kind\":\"NPS\",\"score\":9}");
        }
        return body.append(']').toString();
    }

    @Test
    void responsesAndReviewsOverTheQuotaAre429() {
        String acme = TestTokens.bearer("fq-acme", "admin");
        // a review, then 98 responses: 99 of the burst of 100 are used, and 100 more fit only after 99 s —
        // far longer than any slow first request (text analysis warms up) could take

        given().header("Authorization", acme).contentType("application/json")
                .body("{\"source\":\"GOOGLE\",\"rating\":5,\"text\":\"Great\",\"publishedAt\":\"2026-01-01T00:00:00Z\"}")
                .post("/reviews").then().statusCode(201);
        given().header("Authorization", acme).contentType("application/json")
                .body(responses("q-", 98)).post("/responses").then().statusCode(202).body("accepted", is(98));
        given().header("Authorization", acme).contentType("application/json")
                .body(responses("r-", 100)).post("/responses").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        given().header("Authorization", acme).get("/feedback/summary").then().statusCode(200).body("responses", is(98));

        given().header("Authorization", TestTokens.bearer("fq-globex", "ingest")).contentType("application/json")
                .body("[{\"responseId\":\"q-1\",\"kind\":\"CSAT\",\"score\":5}]").post("/responses").then().statusCode(202);
    }
}
