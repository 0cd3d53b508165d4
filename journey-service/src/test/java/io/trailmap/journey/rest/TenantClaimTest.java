package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.trailmap.testsupport.TenantClaimContract;

import java.util.List;

/** Tokens whose tenant claim is no tenant id are refused by every journey-service operation and write no persona. */
@QuarkusTest
class TenantClaimTest extends TenantClaimContract {

    @Override
    protected Response create(RequestSpecification caller) {
        return caller.body("{\"name\":\"Claimed persona\",\"segment\":\"B2C\"}").post("/personas");
    }

    @Override
    protected List<String> listed(RequestSpecification caller) {
        return caller.get("/personas").then().statusCode(200).extract().path("items.id");
    }
}
