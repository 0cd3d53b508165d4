package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.feedback.service.FeedbackRetention;
import io.trailmap.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Retention purges old responses and reviews; the summary then counts only what remains. */
@QuarkusTest
class FeedbackRetentionTest {

    @Inject
    FeedbackRetention retention;

    @Test
    void oldFeedbackGoesAndSummariesFollow() {
        String admin = TestTokens.bearer("retention-" + System.nanoTime(), "admin");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String old = now.minus(400, ChronoUnit.DAYS).toString();
        String recent = now.minus(1, ChronoUnit.DAYS).toString();
        given().header("Authorization", admin).contentType("application/json")
                .body("[{\"responseId\":\"old-1\",\"kind\":\"NPS\",\"score\":0,\"submittedAt\":\"" + old + "\"},"
                        + "{\"responseId\":\"new-1\",\"kind\":\"NPS\",\"score\":10,\"submittedAt\":\"" + recent + "\"}]")
                .post("/responses").then().statusCode(202).body("accepted", is(2));
        given().header("Authorization", admin).contentType("application/json")
                .body("{\"source\":\"GOOGLE\",\"sourceId\":\"old-review\",\"rating\":5,\"publishedAt\":\"" + old + "\"}")
                .post("/reviews").then().statusCode(201);
        given().header("Authorization", admin).get("/feedback/summary").then().body("responses", is(2)).body("nps", is(0.0f));

        retention.purgeBefore(now.minus(365, ChronoUnit.DAYS));

        given().header("Authorization", admin).get("/feedback/summary").then().body("responses", is(1)).body("nps", is(100.0f));
        given().header("Authorization", admin).get("/reviews").then().body("items.size()", is(0));
    }
}
