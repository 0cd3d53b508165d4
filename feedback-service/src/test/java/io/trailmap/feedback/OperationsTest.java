package io.trailmap.feedback;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.OperationsContract;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OperationsTest extends OperationsContract {

    @Test
    void readinessChecksMongo() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem(org.hamcrest.Matchers.containsString("MongoDB")));
    }

    @Test
    void receivedFeedbackIsCountedByKindAndCategory() {
        given().header("Authorization", io.trailmap.testsupport.TestTokens.bearer("ops-metrics", "ingest"))
                .contentType("application/json")
                .body("[{\"responseId\":\"m-1\",\"kind\":\"NPS\",\"score\":10},{\"responseId\":\"m-2\",\"kind\":\"CSAT\",\"score\":1},"
                        + "{\"responseId\":\"m-2\",\"kind\":\"CSAT\",\"score\":1},{\"responseId\":\"m-3\",\"kind\":\"NPS\",\"score\":11}]")
                .post("/responses").then().statusCode(202);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics)
                .containsPattern("trailmap_feedback_received_total\\{category=\"PROMOTER\",kind=\"NPS\"[^}]*} [1-9]")
                .containsPattern("trailmap_feedback_received_total\\{category=\"DISSATISFIED\",kind=\"CSAT\"[^}]*} [1-9]")
                .containsPattern("trailmap_feedback_duplicates_total[^ ]* [1-9]")
                .containsPattern("trailmap_feedback_rejected_total[^ ]* [1-9]");
    }
}
