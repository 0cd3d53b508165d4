package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.trailmap.testsupport.TenantClaimContract;

import java.util.List;

/** Tokens whose tenant claim is no tenant id are refused by every feedback-service operation and write no survey. */
@QuarkusTest
class TenantClaimTest extends TenantClaimContract {

    @Override
    protected Response create(RequestSpecification caller) {
        return caller.body("{\"name\":\"Claimed survey\",\"kind\":\"NPS\",\"questions\":[{\"key\":\"nps\",\"type\":\"SCALE\","
                + "\"texts\":{\"en\":\"Would you recommend us?\"},\"min\":0,\"max\":10}]}").post("/surveys");
    }

    @Override
    protected List<String> listed(RequestSpecification caller) {
        return caller.get("/surveys").then().statusCode(200).extract().path("items.id");
    }
}
