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
}
