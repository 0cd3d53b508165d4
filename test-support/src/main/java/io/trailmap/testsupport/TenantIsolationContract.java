package io.trailmap.testsupport;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant B, even as an admin, finds nothing of tenant A: each path naming A's records answers 404
 * to B's GET and DELETE (never 403, never data, nothing deleted), and B's lists, filters and
 * analytics answer either 404 or nothing of A's ids. Every GET path of the service's OpenAPI document
 * that names a record must be exercised by the seed (or be declared as naming no tenant's record), so
 * a new endpoint cannot escape the check. Extend in a {@code @QuarkusTest} and seed A's data through the API.
 */
public abstract class TenantIsolationContract {

    /** What tenant A stored: the paths naming its records, the list/filter paths B may call, and A's ids. */
    public record Owned(List<String> recordPaths, List<String> listPaths, List<String> ids) {
    }

    /** Creates tenant A's data with {@code bearerA} (an admin of A). */
    /** A webhook subscription of the seeding tenant to {@code eventType} (at a port nothing listens on). */
    protected static String subscribeWebhook(String bearer, String eventType) {
        return io.restassured.RestAssured.given().header("Authorization", bearer).contentType("application/json")
                .body("{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"" + eventType + "\"]}").post("/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    /** The record paths of a webhook subscription. */
    protected static List<String> webhookPaths(String id) {
        return List.of("/webhooks/" + id, "/webhooks/" + id + "/deliveries");
    }

    protected abstract Owned seed(String bearerA);

    @Test
    void anotherTenantFindsNothing() {
        String bearerA = TestTokens.bearer("iso-a-" + UUID.randomUUID().toString().substring(0, 8), "admin");
        String bearerB = TestTokens.bearer("iso-b-" + UUID.randomUUID().toString().substring(0, 8), "admin");
        Owned owned = seed(bearerA);
        List<String> leaks = new ArrayList<>();
        for (String path : owned.recordPaths()) {
            int get = given().header("Authorization", bearerB).get(path).statusCode();
            int delete = given().header("Authorization", bearerB).header("If-Match", "\"0\"").delete(path).statusCode();
            if (get != 404) {
                leaks.add("GET " + path + " → " + get);
            }
            if (delete != 404 && delete != 405) {
                leaks.add("DELETE " + path + " → " + delete);
            }
            int stillThere = given().header("Authorization", bearerA).get(path).statusCode();
            if (stillThere != 200) {
                leaks.add("A's " + path + " after B's DELETE → " + stillThere);
            }
        }
        for (String path : owned.listPaths()) {
            var answer = given().header("Authorization", bearerB).get(path);
            if (answer.statusCode() == 404) {
                continue;   // a path naming A's record is not found for B (its problem detail echoes the id B sent)
            }
            String body = answer.asString();
            owned.ids().stream().filter(body::contains).forEach(id -> leaks.add("GET " + path + " → " + answer.statusCode() + " shows " + id));
        }
        assertThat(owned.recordPaths()).isNotEmpty();
        assertThat(leaks).isEmpty();
        assertThat(uncovered(owned)).as("GET paths of the OpenAPI document naming a record that the seed does not exercise").isEmpty();
    }

    /** Paths of the API that name a record but need none of tenant A's (e.g. a template key), with why. */
    protected java.util.Map<String, String> notTenantRecords() {
        return java.util.Map.of();
    }

    /** GET path templates with a path parameter that neither a record path nor a list path of the seed matches. */
    private List<String> uncovered(Owned owned) {
        java.util.Map<String, java.util.Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> exercised = new ArrayList<>();
        owned.recordPaths().forEach(p -> exercised.add(p.split("\\?")[0]));
        owned.listPaths().forEach(p -> exercised.add(p.split("\\?")[0]));
        List<String> uncovered = new ArrayList<>();
        paths.forEach((template, methods) -> {
            if (template.contains("{") && methods.containsKey("get") && !notTenantRecords().containsKey(template)) {
                java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(template.replaceAll("\\{[^}]*}", "[^/]+"));
                if (exercised.stream().noneMatch(p -> pattern.matcher(p).matches())) {
                    uncovered.add(template);
                }
            }
        });
        return uncovered;
    }
}
