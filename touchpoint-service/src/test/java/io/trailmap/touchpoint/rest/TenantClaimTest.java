package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.trailmap.testsupport.TenantClaimContract;

import java.util.List;

/** Tokens whose tenant claim is no tenant id are refused by every touchpoint-service operation and write no touchpoint. */
@QuarkusTest
class TenantClaimTest extends TenantClaimContract {

    @Override
    protected Response create(RequestSpecification caller) {
        return caller.body("{\"name\":\"Claimed kiosk\",\"channel\":\"IN_STORE\",\"funnelPosition\":\"MOFU\"}").post("/touchpoints");
    }

    @Override
    protected List<String> listed(RequestSpecification caller) {
        return caller.get("/touchpoints").then().statusCode(200).extract().path("items.id");
    }
}
