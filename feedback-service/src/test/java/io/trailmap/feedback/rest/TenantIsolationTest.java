package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.TenantIsolationContract;

import java.util.List;

import static io.restassured.RestAssured.given;

@QuarkusTest
class TenantIsolationTest extends TenantIsolationContract {

    @Override
    protected Owned seed(String bearerA) {
        String survey = given().header("Authorization", bearerA).contentType("application/json")
                .body("{\"name\":\"Isolated survey\",\"kind\":\"NPS\",\"questions\":[{\"key\":\"q\",\"type\":\"SCALE\",\"texts\":{\"en\":\"How likely?\"}}]}")
                .post("/surveys").then().statusCode(201).extract().path("id");
        String followUp = given().header("Authorization", bearerA).contentType("application/json")
                .body("[{\"responseId\":\"iso-r\",\"kind\":\"NPS\",\"score\":1,\"customerId\":\"iso-customer\",\"comment\":\"Awful queue\"}]")
                .post("/responses").then().statusCode(202).extract().path("results[0].followUpId");
        String fileImport = given().header("Authorization", bearerA).contentType("text/csv")
                .body("responseId,kind,score\niso-import,NPS,9\n".getBytes()).post("/imports?type=responses").then().statusCode(202).extract().path("id");
        String webhook = subscribeWebhook(bearerA, "followup.opened");
        return new Owned(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("/surveys/" + survey, "/follow-ups/" + followUp, "/imports/" + fileImport),
                        webhookPaths(webhook).stream()).toList(),
                List.of("/surveys", "/follow-ups", "/responses", "/responses?customerId=iso-customer", "/reviews", "/imports", "/webhooks"),
                List.of(survey, followUp, "iso-r", fileImport, webhook));
    }
}
