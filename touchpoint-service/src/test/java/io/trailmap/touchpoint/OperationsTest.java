package io.trailmap.touchpoint;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.PostgresOperationsContract;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
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
        String journey = java.util.UUID.randomUUID().toString();
        String event = "{\"eventId\":\"ops-%s\",\"customerId\":\"c\",\"journeyId\":\"" + journey + "\",\"stageKey\":\"a\","
                + "\"touchpointId\":\"" + java.util.UUID.randomUUID() + "\",\"type\":\"VIEW\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}";
        String token = io.trailmap.testsupport.TestTokens.bearer("ops-metrics", "admin");
        given().header("Authorization", token).contentType("application/json")
                .body("[" + event.formatted("1") + "," + event.formatted("1") + ",{\"eventId\":\"broken\"}]")
                .post("/interactions").then().statusCode(202).body("accepted", is(1)).body("duplicates", is(1));
        given().header("Authorization", token).get("/analytics/funnel?journeyId=" + journey + "&stages=a").then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics)
                .containsPattern("trailmap_interactions_ingested_total\\{outcome=\"accepted\"[^}]*} [1-9]")
                .containsPattern("trailmap_interactions_ingested_total\\{outcome=\"duplicate\"[^}]*} [1-9]")
                .containsPattern("trailmap_interactions_ingested_total\\{outcome=\"rejected\"[^}]*} [1-9]")
                .containsPattern("trailmap_funnel_query_seconds_count[^ ]* [1-9]");
    }
}
