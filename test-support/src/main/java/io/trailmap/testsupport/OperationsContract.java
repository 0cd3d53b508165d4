package io.trailmap.testsupport;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * What every service answers for operations, whatever its domain: health probes, Prometheus
 * metrics, OpenAPI, and problem+json for unknown paths. Extend it in a {@code @QuarkusTest}.
 */
public abstract class OperationsContract {

    /**
     * The names of the readiness checks the service really has — its extensions' own (a database
     * connection, the graceful-shutdown check that goes DOWN while the service drains), never one of
     * another service.
     */
    protected abstract List<String> readinessChecks();

    @Test
    void livenessAndReadinessAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void readinessIsExactlyTheServicesOwnChecksAllUp() {
        assertThat(readinessChecks()).as("a service is ready by checks of its own: name them").isNotEmpty();
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getList("checks.name", String.class)).containsExactlyInAnyOrderElementsOf(readinessChecks());
        assertThat(ready.getList("checks.status", String.class)).containsOnly("UP");
    }

    @Test
    void prometheusMetricsAndOpenApiAreExposed() {
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", org.hamcrest.Matchers.startsWith("3."));
    }

    /** Over HTTP/1.1 and over HTTP/2 (h2c, as Java's HttpClient upgrades), where a Connection header would break the answer. */
    @Test
    void anOversizedBodyIsRefusedWith413OverEitherHttpVersion() throws Exception {
        String url = "http://localhost:" + io.restassured.RestAssured.port + "/no-such-thing";
        for (java.net.http.HttpClient.Version version : java.net.http.HttpClient.Version.values()) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(version).build();
            java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("[" + "1,".repeat(9_000_000) + "1]")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(version.toString()).isEqualTo(413);
            org.assertj.core.api.Assertions.assertThat(response.body()).contains("\"status\":413");
        }
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        given().get("/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }
}
