package io.trailmap.touchpoint.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.trailmap.touchpoint.ingest.BackPressure;
import io.trailmap.touchpoint.ingest.RollupWorker;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * DESIGN §5 "Freshness" with the rollup worker held back: answers say how far they count, minDataAsOf
 * waits and then answers 503, ingestion pushes back before the lag passes its limit, and a fold that
 * dies (rolled back) leaves its work queued to be counted exactly once.
 */
@QuarkusTest
@TestProfile(FreshnessTest.ShortLimits.class)
class FreshnessTest {

    public static class ShortLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trailmap.analytics.max-wait", "PT1S", "trailmap.analytics.max-lag", "PT6S",
                    "trailmap.ingest.backpressure-lag", "PT2S", "trailmap.ingest.lag-probe-every", "PT0.05S");
        }
    }

    @Inject
    RollupWorker worker;

    @Inject
    BackPressure backPressure;

    @AfterEach
    void resume() {
        worker.resume();
    }

    private static ExtractableResponse<Response> post(String tenant, List<Map<String, Object>> events) {
        return Api.as(tenant, "ingest").body(events).post("/interactions").then().statusCode(202).extract();
    }

    private static int customersCounted(String tenant, UUID journey, String minDataAsOf) {
        var request = Api.as(tenant, "viewer");
        if (minDataAsOf != null) {
            request = request.queryParam("minDataAsOf", minDataAsOf);
        }
        return request.get("/analytics/funnel?journeyId=" + journey + "&stages=a").then().statusCode(200)
                .extract().path("stages[0].customers");
    }

    @Test
    void answersSayHowFarTheyCountAndMinDataAsOfWaitsForTheFold() throws Exception {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        Instant acknowledgedAt = Instant.parse(post(tenant, Api.visits(journey, "early-", 3)).path("acknowledgedAt"));
        assertThat(customersCounted(tenant, journey, acknowledgedAt.toString())).isEqualTo(3);

        worker.pause();
        var late = post(tenant, Api.visits(journey, "late-", 2));
        assertThat((Integer) late.path("accepted")).isEqualTo(2);
        String lateAck = late.path("acknowledgedAt");

        // stored and acknowledged, not counted yet: the answer says so by a dataAsOf before the acknowledgement
        var freshness = Api.as(tenant, "viewer").get("/analytics/freshness").then().statusCode(200).extract();
        assertThat(Instant.parse(freshness.path("dataAsOf"))).isBefore(Instant.parse(lateAck)).isAfterOrEqualTo(acknowledgedAt);
        assertThat(Instant.parse(freshness.path("oldestPendingAt"))).isBefore(Instant.parse(lateAck));
        assertThat((String) freshness.path("maxLag")).isEqualTo("PT6S");
        var funnel = Api.as(tenant, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=a").then().statusCode(200).extract();
        assertThat((Integer) funnel.path("stages[0].customers")).isEqualTo(3);
        assertThat(Instant.parse(funnel.path("dataAsOf"))).isBefore(Instant.parse(lateAck));
        Api.as(tenant, "admin").get("/analytics/funnel?journeyId=" + journey + "&stages=a&source=RAW").then()
                .statusCode(200).body("stages[0].customers", is(5));   // durable at once

        // read-your-writes gives up after max-wait (1 s) with 503 and Retry-After
        long started = System.nanoTime();
        Api.as(tenant, "viewer").queryParam("minDataAsOf", lateAck).get("/analytics/funnel?journeyId=" + journey + "&stages=a")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                .body("type", containsString("not-counted-yet")).body("detail", containsString(lateAck));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        // a waiting call is answered, counting the batch, once the worker folds it
        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> customersCounted(tenant, journey, lateAck));
        worker.resume();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(5);
        Api.as(tenant, "viewer").queryParam("minDataAsOf", "yesterday").get("/analytics/freshness").then().statusCode(400)
                .body("errors[0].field", is("minDataAsOf"));
    }

    @Test
    void ingestionPushesBackBeforeTheLagPassesItsLimitAndNothingRefusedIsStored() {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        worker.pause();
        post(tenant, Api.visits(journey, "queued-", 4));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (backPressure.pendingAgeSeconds() < 2.0) {   // the exact condition: the oldest queued batch is 2 s old
            assertThat(System.nanoTime()).as("pending age reaches the back-pressure lag").isLessThan(deadline);
            Thread.onSpinWait();
        }
        Api.as(tenant, "ingest").body(Api.visits(journey, "refused-", 3)).post("/interactions").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", containsString("back-pressure"));
        Api.as(tenant, "ingest").body(Map.of("not", "a batch")).post("/interactions").then().statusCode(429)   // refused before it is read
                .body("type", containsString("back-pressure"));

        worker.resume();
        while (backPressure.pendingAgeSeconds() >= 2.0) {   // the worker has caught up: batches are let in again
            assertThat(System.nanoTime()).as("the backlog is counted").isLessThan(deadline);
            Thread.onSpinWait();
        }
        String ack = post(tenant, Api.visits(journey, "after-", 1)).path("acknowledgedAt");
        Api.awaitCounted(tenant, ack);
        Api.as(tenant, "admin").get("/analytics/funnel?journeyId=" + journey + "&stages=a&source=RAW").then()
                .statusCode(200).body("stages[0].customers", is(5));
        assertThat(customersCounted(tenant, journey, ack)).isEqualTo(5);
    }

    @Test
    void aFoldThatDiesLeavesItsWorkQueuedAndItIsCountedOnceByTheNext() {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        worker.pause();
        String ack = post(tenant, Api.visits(journey, "c-", 6)).path("acknowledgedAt");

        // a replica dies in the middle of its fold: the transaction never commits
        QuarkusTransaction.begin();
        try {
            assertThat(worker.foldInCurrentTransaction().events()).isGreaterThanOrEqualTo(6);
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(customersCounted(tenant, journey, null)).isZero();
        Api.as(tenant, "viewer").get("/analytics/freshness").then().statusCode(200)
                .body("oldestPendingAt", org.hamcrest.Matchers.notNullValue());

        RollupWorker.Fold fold;
        do {
            fold = worker.foldOnce();
        } while (fold.items() > 0);
        assertThat(customersCounted(tenant, journey, ack)).isEqualTo(6);
        Api.as(tenant, "admin").get("/analytics/experiments?journeyId=" + journey + "&stageKey=a").then().statusCode(200);
        Api.as(tenant, "viewer").get("/customers/c-0/timeline").then().statusCode(200)
                .body("journeys[0].interactions", is(1)).body("journeys[0].stages[0].interactions", is(1));
    }
}
