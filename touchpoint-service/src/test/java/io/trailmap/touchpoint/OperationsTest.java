package io.trailmap.touchpoint;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.PostgresOperationsContract;
import io.trailmap.testsupport.PrometheusMetrics;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class OperationsTest extends PostgresOperationsContract {

    @Test
    void openApiDescribesIngestion() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/interactions'.post.summary", is("Ingest interactions"));
    }

    @Test
    void ingestionAndFunnelsAreMeasured() {
        double accepted = PrometheusMetrics.sum("trailmap_interactions_ingested_total", "outcome", "accepted");
        double duplicates = PrometheusMetrics.sum("trailmap_interactions_ingested_total", "outcome", "duplicate");
        double rejected = PrometheusMetrics.sum("trailmap_interactions_ingested_total", "outcome", "rejected");
        double funnels = PrometheusMetrics.sum("trailmap_funnel_query_seconds_count");

        String journey = UUID.randomUUID().toString();
        String event = "{\"eventId\":\"ops-%s\",\"customerId\":\"c\",\"journeyId\":\"" + journey + "\",\"stageKey\":\"a\","
                + "\"touchpointId\":\"" + UUID.randomUUID() + "\",\"type\":\"VIEW\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}";
        String token = TestTokens.bearer("ops-metrics", "admin");
        given().header("Authorization", token).contentType("application/json")
                .body("[" + event.formatted(journey) + "," + event.formatted(journey) + ",{\"eventId\":\"broken\"}]")
                .post("/interactions").then().statusCode(202).body("accepted", is(1)).body("duplicates", is(1));
        given().header("Authorization", token).get("/analytics/funnel?journeyId=" + journey + "&stages=a").then().statusCode(200);

        assertThat(PrometheusMetrics.sum("trailmap_interactions_ingested_total", "outcome", "accepted") - accepted).isEqualTo(1);
        assertThat(PrometheusMetrics.sum("trailmap_interactions_ingested_total", "outcome", "duplicate") - duplicates).isEqualTo(1);
        assertThat(PrometheusMetrics.sum("trailmap_interactions_ingested_total", "outcome", "rejected") - rejected).isEqualTo(1);
        assertThat(PrometheusMetrics.sum("trailmap_funnel_query_seconds_count") - funnels).isEqualTo(1);
    }
}
