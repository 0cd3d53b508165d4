package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.FuzzContract;

import static io.restassured.RestAssured.given;

/** Hostile input for every operation of feedback-service (see {@link FuzzContract}); responses, a case and a review must survive it. */
@QuarkusTest
class FuzzTest extends FuzzContract {

    @Override
    protected void seed(String bearer) {
        given().header("Authorization", bearer).contentType("application/json")
                .body("[{\"responseId\":\"fuzz-1\",\"kind\":\"NPS\",\"score\":2,\"comment\":\"Slow and rude\",\"customerId\":\"c-1\"},"
                        + "{\"responseId\":\"fuzz-2\",\"kind\":\"CSAT\",\"score\":5}]")
                .post("/responses").then().statusCode(202);
        given().header("Authorization", bearer).contentType("application/json")
                .body("{\"source\":\"GOOGLE\",\"sourceId\":\"g-1\",\"rating\":4,\"text\":\"Fine\",\"publishedAt\":\"2026-01-01T00:00:00Z\"}")
                .post("/reviews").then().statusCode(201);
    }
}
