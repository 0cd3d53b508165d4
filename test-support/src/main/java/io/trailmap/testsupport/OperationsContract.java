package io.trailmap.testsupport;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * What every service answers for operations, whatever its domain: health probes, Prometheus
 * metrics, OpenAPI, and problem+json for unknown paths. Extend it in a {@code @QuarkusTest}.
 */
public abstract class OperationsContract {

    /** A line of the Prometheus text format: name, labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

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

    /**
     * The sum of the samples of a Prometheus metric, as {@code /q/metrics} answers now, over the series
     * whose labels include {@code labels} ("name", "value", …). Read it before and after to count what a test did.
     */
    protected static double metric(String name, String... labels) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        double sum = 0;
        for (String line : given().get("/q/metrics").then().statusCode(200).extract().asString().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches() && sample.group(1).equals(name)) {
                Map<String, String> series = new HashMap<>();
                Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
                while (label.find()) {
                    series.put(label.group(1), label.group(2));
                }
                if (series.entrySet().containsAll(wanted.entrySet())) {
                    sum += Double.parseDouble(sample.group(3));
                }
            }
        }
        return sum;
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        given().get("/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }
}
