package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.TenantIsolationContract;

import java.util.List;

import static io.restassured.RestAssured.given;

@QuarkusTest
class TenantIsolationTest extends TenantIsolationContract {

    @Override
    protected java.util.Map<String, String> notTenantRecords() {
        return java.util.Map.of("/templates/{key}", "the built-in templates are the same for every tenant");
    }

    @Override
    protected Owned seed(String bearerA) {
        String persona = given().header("Authorization", bearerA).contentType("application/json")
                .body("{\"name\":\"Isolated persona\",\"segment\":\"B2C\"}").post("/personas").then().statusCode(201).extract().path("id");
        String journey = given().header("Authorization", bearerA).contentType("application/json").body("{}")
                .post("/templates/ecommerce/instantiate").then().statusCode(201).extract().path("id");
        String stage = given().header("Authorization", bearerA).get("/journeys/" + journey).then().extract().path("stages[0].key");
        given().header("Authorization", bearerA).post("/journeys/" + journey + "/publish").then().statusCode(201);
        String webhook = subscribeWebhook(bearerA, "journey.published");
        return new Owned(
                List.of("/personas/" + persona, "/journeys/" + journey, "/journeys/" + journey + "/stages/" + stage,
                        "/journeys/" + journey + "/versions/1", "/journeys/" + journey + "/export",
                        "/journeys/" + journey + "/diff?against=" + journey, webhookPaths(webhook).get(0), webhookPaths(webhook).get(1)),
                List.of("/personas", "/journeys", "/journeys?personaId=" + persona, "/personas?ids=" + persona,
                        "/journeys/" + journey + "/versions", "/webhooks"),
                List.of(persona, journey, webhook));
    }
}
