package io.trailmap.testsupport;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/**
 * What every service answers for operations, whatever its domain: health probes, Prometheus
 * metrics, OpenAPI, and problem+json for unknown paths. Extend it in a {@code @QuarkusTest}.
 */
public abstract class OperationsContract {

    @Test
    void livenessAndReadinessAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void prometheusMetricsAndOpenApiAreExposed() {
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", org.hamcrest.Matchers.startsWith("3."));
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        given().get("/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }
}
