package io.trailmap.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.OperationsContract;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OperationsTest extends OperationsContract {

    @Test
    void readinessDoesNotDependOnTheServices() {
        // the stubbed services are not even configured for this check: readiness is the gateway's own
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", not(hasItem(org.hamcrest.Matchers.containsString("service"))));
    }
}
