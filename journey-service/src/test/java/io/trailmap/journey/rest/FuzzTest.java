package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.FuzzContract;

import static io.restassured.RestAssured.given;

/** Hostile input for every operation of journey-service (see {@link FuzzContract}); a persona and a journey must survive it. */
@QuarkusTest
class FuzzTest extends FuzzContract {

    @Override
    protected void seed(String bearer) {
        given().header("Authorization", bearer).contentType("application/json")
                .body("{\"name\":\"Fuzz persona\",\"segment\":\"B2C\"}").post("/personas").then().statusCode(201);
        given().header("Authorization", bearer).contentType("application/json").body("{}")
                .post("/templates/ecommerce/instantiate").then().statusCode(201);
    }
}
