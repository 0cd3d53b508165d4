package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.AccessMatrixContract;

import java.util.Map;

import static java.util.Map.entry;

/** DESIGN §3 for feedback-service: viewers read, editors keep surveys and work follow-ups, ingest posts feedback, admins erase. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContract {

    @Override
    protected Map<String, String> rules() {
        return withWebhooks(Map.ofEntries(
                entry("GET /surveys", "viewer"), entry("POST /surveys", "editor"),
                entry("GET /surveys/{id}", "viewer"), entry("PUT /surveys/{id}", "editor"), entry("DELETE /surveys/{id}", "editor"),
                entry("POST /responses", "ingest"), entry("GET /responses", "viewer"),
                entry("POST /reviews", "ingest"), entry("GET /reviews", "viewer"), entry("POST /reviews/{id}/reply", "editor"),
                entry("GET /themes", "viewer"), entry("PUT /themes", "editor"),
                entry("GET /feedback/summary", "viewer"), entry("POST /feedback/summaries", "viewer"),
                entry("GET /follow-ups", "viewer"), entry("GET /follow-ups/{id}", "viewer"), entry("PATCH /follow-ups/{id}", "editor"),
                entry("POST /imports", "ingest"), entry("GET /imports", "viewer,ingest"), entry("GET /imports/{id}", "viewer,ingest"),
                entry("DELETE /customers/{customerId}", "admin"), entry("GET /audit/erasures", "admin")));
    }
}
