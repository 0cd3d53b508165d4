package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.AccessMatrixContract;

import java.util.Map;

import static java.util.Map.entry;

/** DESIGN §3 for touchpoint-service: viewers read and analyse, editors keep the catalogue, ingest posts interactions, admins erase. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContract {

    @Override
    protected Map<String, String> rules() {
        return withWebhooks(Map.ofEntries(
                entry("GET /touchpoints", "viewer"), entry("POST /touchpoints", "editor"),
                entry("GET /touchpoints/{id}", "viewer"), entry("PUT /touchpoints/{id}", "editor"), entry("DELETE /touchpoints/{id}", "editor"),
                entry("POST /interactions", "ingest"),
                entry("GET /analytics/funnel", "viewer"), entry("POST /analytics/funnels", "viewer"),
                entry("GET /analytics/dropoffs", "viewer"), entry("GET /analytics/attribution", "viewer"),
                entry("GET /analytics/paths", "viewer"), entry("GET /analytics/touchpoints/{id}", "viewer"),
                entry("POST /analytics/touchpoints", "viewer"), entry("GET /analytics/experiments", "viewer"),
                entry("GET /analytics/freshness", "viewer"),
                entry("GET /customers/{customerId}/timeline", "viewer"), entry("DELETE /customers/{customerId}", "admin"),
                entry("GET /audit/erasures", "admin")));
    }
}
