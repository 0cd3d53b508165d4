package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.trailmap.touchpoint.ingest.RollupWorker;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Several rollup workers folding at once — as the workers of several replicas do — count every event
 * exactly once. The batches are queued with this replica's loop held back; back-pressure is set out of
 * reach so that queueing them, however slow the machine, is never refused.
 */
@QuarkusTest
@TestProfile(RollupWorkersTest.NoBackPressure.class)
class RollupWorkersTest {

    public static class NoBackPressure implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trailmap.analytics.max-lag", "PT1H", "trailmap.ingest.backpressure-lag", "PT30M",
                    "trailmap.rollups.items-per-fold", "3");
        }
    }

    @Inject
    RollupWorker worker;

    @AfterEach
    void resume() {
        worker.resume();
    }

    private static String post(String tenant, List<Map<String, Object>> events) {
        return Api.as(tenant, "ingest").body(events).post("/interactions").then().statusCode(202).extract().path("acknowledgedAt");
    }

    @Test
    void workersFoldingSideBySideCountEveryEventOnce() throws Exception {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        worker.pause();
        String ack = null;
        for (int b = 0; b < 30; b++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) {   // 50 customers, each in many batches: their rollup rows are contended
                batch.add(Api.event("e-" + b + "-" + i, "c-" + ((b * 20 + i) % 50), journey, b % 2 == 0 ? "a" : "b",
                        UUID.randomUUID().toString(), "VIEW", Instant.parse("2026-03-01T10:00:00Z").plusSeconds(b * 60L + i)));
            }
            ack = post(tenant, batch);
        }
        // four workers, as four replicas would: each claims what the others do not hold
        List<CompletableFuture<Long>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            workers.add(CompletableFuture.supplyAsync(() -> {
                long events = 0;
                RollupWorker.Fold fold;
                do {
                    fold = worker.foldOnce();
                    events += fold.events();
                } while (fold.items() > 0);
                return events;
            }));
        }
        long folded = 0;
        for (CompletableFuture<Long> w : workers) {
            folded += w.get(60, TimeUnit.SECONDS);
        }
        assertThat(folded).as("events folded by the four workers together").isGreaterThanOrEqualTo(600);
        String query = "/analytics/funnel?journeyId=" + journey + "&stages=a,b&window=P1D";
        var served = Api.as(tenant, "viewer").queryParam("minDataAsOf", ack).get(query).then().statusCode(200).extract();
        var raw = Api.as(tenant, "admin").queryParam("source", "RAW").get(query).then().statusCode(200).extract();
        assertThat((List<?>) served.path("stages")).isEqualTo(raw.path("stages"));
        assertThat((Integer) served.path("stages[0].customers")).isEqualTo(50);
        for (int c = 0; c < 50; c += 7) {
            Api.as(tenant, "viewer").get("/customers/c-" + c + "/timeline").then().statusCode(200)
                    .body("journeys[0].interactions", is(12));
        }
    }
}
