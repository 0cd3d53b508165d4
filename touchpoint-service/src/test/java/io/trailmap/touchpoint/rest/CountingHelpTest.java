package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.trailmap.touchpoint.ingest.RollupWorker;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While counting is behind, ingestion requests fold queued batches themselves before they answer. Here
 * the worker's own loop is off and every request counts as "behind" (help-lag 0), so whatever is
 * counted was counted by a request: nothing else folds, so a {@code minDataAsOf} answered proves it
 * (it would wait its max-wait and answer 503 otherwise).
 */
@QuarkusTest
@TestProfile(CountingHelpTest.RequestsOnly.class)
class CountingHelpTest {

    public static class RequestsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trailmap.rollups.worker.enabled", "false", "trailmap.ingest.help-lag", "PT0S",
                    "trailmap.ingest.lag-probe-every", "PT0S", "trailmap.rollups.items-per-help", "2");
        }
    }

    @Inject
    RollupWorker worker;

    /** Work left queued by an earlier test class on the same database would be claimed first (oldest first). */
    @BeforeEach
    void drain() {
        while (worker.foldOnce().items() > 0) {
            // folded by hand: the loop is off
        }
    }

    @AfterEach
    void resume() {
        worker.resume();
    }

    private static Instant post(String tenant, List<Map<String, Object>> events) {
        return Instant.parse(Api.as(tenant, "ingest").body(events).post("/interactions").then().statusCode(202)
                .extract().path("acknowledgedAt"));
    }

    private static ExtractableResponse<Response> funnel(String tenant, UUID journey, Instant minDataAsOf) {
        var request = Api.as(tenant, "viewer");
        if (minDataAsOf != null) {
            request = request.queryParam("minDataAsOf", minDataAsOf.toString());
        }
        return request.get("/analytics/funnel?journeyId=" + journey + "&stages=a").then().statusCode(200).extract();
    }

    @Test
    void aRequestCountsItsOwnBatchBeforeItAnswers() {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        Instant acknowledgedAt = post(tenant, Api.visits(journey, "c-", 3));

        var answer = funnel(tenant, journey, acknowledgedAt);
        assertThat((Integer) answer.path("stages[0].customers")).isEqualTo(3);
        assertThat(Instant.parse(answer.path("dataAsOf"))).isAfterOrEqualTo(acknowledgedAt);
    }

    @Test
    void aPausedReplicasRequestsDoNotCountAndTheNextRequestCountsTheBacklogOldestFirst() {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        worker.pause();
        Instant held = post(tenant, Api.visits(journey, "held-", 2));
        var whilePaused = funnel(tenant, journey, null);
        assertThat((Integer) whilePaused.path("stages[0].customers")).isZero();
        assertThat(Instant.parse(whilePaused.path("dataAsOf"))).isBefore(held);

        worker.resume();   // the loop stays off: only the next request can count the held batch
        Instant next = post(tenant, Api.visits(journey, "next-", 1));
        var after = funnel(tenant, journey, next);
        assertThat((Integer) after.path("stages[0].customers")).isEqualTo(3);
        assertThat(Instant.parse(after.path("dataAsOf"))).isAfterOrEqualTo(next);
    }
}
