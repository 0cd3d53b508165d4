package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.FuzzContract;

import static io.restassured.RestAssured.given;

/** Hostile input for every operation of touchpoint-service (see {@link FuzzContract}); a touchpoint must survive it. */
@QuarkusTest
class FuzzTest extends FuzzContract {

    @Override
    protected void seed(String bearer) {
        given().header("Authorization", bearer).contentType("application/json")
                .body("{\"name\":\"Fuzz kiosk\",\"channel\":\"IN_STORE\",\"funnelPosition\":\"MOFU\"}").post("/touchpoints").then().statusCode(201);
    }
}
