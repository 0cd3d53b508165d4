package io.trailmap.testsupport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The operations of the service under test, read from its own OpenAPI document, and calls of them. */
final class OpenApiOperations {

    private OpenApiOperations() {
    }

    /**
     * "METHOD /path/{template}" for every operation of {@code /q/openapi} that answers and ends: an event
     * stream ({@code text/event-stream}) stays open, so its own tests check its access.
     */
    static List<String> list() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(method) && !isStream(operation)) {
                operations.add(method.toUpperCase() + " " + path);
            }
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static boolean isStream(Object operation) {
        if (!(operation instanceof Map<?, ?> op) || !(op.get("responses") instanceof Map<?, ?> responses)) {
            return false;
        }
        return responses.values().stream().anyMatch(answer -> answer instanceof Map<?, ?> a && a.get("content") instanceof Map<?, ?> content
                && content.containsKey("text/event-stream"));
    }

    /** Calls the operation with made-up path parameters and an empty JSON body: for checks of access only. */
    static Response call(RequestSpecification request, String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replaceAll("\\{n}", "1")
                .replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
        RequestSpecification spec = request.contentType("application/json").header("If-Match", "\"0\"");
        return switch (method) {
            case "GET" -> spec.get(path);
            case "DELETE" -> spec.delete(path);
            case "POST" -> spec.body("{}").post(path);
            case "PUT" -> spec.body("{}").put(path);
            case "PATCH" -> spec.contentType("application/merge-patch+json").body("{}").patch(path);
            default -> throw new IllegalArgumentException(method);
        };
    }
}
