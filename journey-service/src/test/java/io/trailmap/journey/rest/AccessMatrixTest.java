package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.AccessMatrixContract;

import java.util.Map;

import static java.util.Map.entry;

/** DESIGN §3 for journey-service: viewers read, editors write maps and personas. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContract {

    @Override
    protected Map<String, String> rules() {
        return withWebhooks(Map.ofEntries(
                entry("GET /personas", "viewer"), entry("POST /personas", "editor"),
                entry("GET /personas/{id}", "viewer"), entry("PUT /personas/{id}", "editor"), entry("DELETE /personas/{id}", "editor"),
                entry("GET /journeys", "viewer"), entry("POST /journeys", "editor"),
                entry("GET /journeys/{id}", "viewer"), entry("PUT /journeys/{id}", "editor"), entry("DELETE /journeys/{id}", "editor"),
                entry("POST /journeys/{id}/stages", "editor"), entry("GET /journeys/{id}/stages/{key}", "viewer"),
                entry("PUT /journeys/{id}/stages/{key}", "editor"), entry("DELETE /journeys/{id}/stages/{key}", "editor"),
                entry("PUT /journeys/{id}/stages/order", "editor"),
                entry("POST /journeys/{id}/publish", "editor"), entry("POST /journeys/{id}/review", "editor"),
                entry("POST /journeys/{id}/archive", "editor"),
                entry("GET /journeys/{id}/versions", "viewer"), entry("GET /journeys/{id}/versions/{n}", "viewer"),
                entry("GET /journeys/{id}/diff", "viewer"),
                entry("GET /journeys/{id}/export", "viewer"), entry("POST /journeys/import", "editor"),
                entry("GET /templates", "viewer"), entry("GET /templates/{key}", "viewer"),
                entry("POST /templates/{key}/instantiate", "editor")));
    }
}
