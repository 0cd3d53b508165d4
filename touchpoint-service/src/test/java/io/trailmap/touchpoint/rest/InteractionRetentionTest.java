package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.touchpoint.service.InteractionRetention;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static org.hamcrest.Matchers.hasSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Retention purges old interactions and rebuilds the rollups of their customers from what remains. */
@QuarkusTest
class InteractionRetentionTest {

    @Inject
    InteractionRetention retention;

    @Inject
    io.trailmap.touchpoint.ingest.RollupWorker worker;

    @Test
    void oldInteractionsGoAndRollupsAgreeWithTheRawEventsLeft() {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        String touchpoint = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant old = now.minus(200, ChronoUnit.DAYS);
        Instant recent = now.minus(2, ChronoUnit.DAYS);
        Api.ingest(tenant, List.of(
                // old-timer: everything long ago → gone entirely
                event("o1", "old-timer", journey, "aware", touchpoint, "VISIT", old),
                event("o2", "old-timer", journey, "buy", touchpoint, "PURCHASE", old.plusSeconds(60)),
                // returning: an old visit and a recent purchase → keeps only the purchase
                event("r1", "returning", journey, "aware", touchpoint, "VISIT", old),
                event("r2", "returning", journey, "aware", touchpoint, "VISIT", recent),
                event("r3", "returning", journey, "buy", touchpoint, "PURCHASE", recent.plusSeconds(60)),
                // fresh: untouched
                event("f1", "fresh", journey, "aware", touchpoint, "VISIT", recent)));

        retention.purgeBefore(now.minus(90, ChronoUnit.DAYS));

        String funnel = "/analytics/funnel?journeyId=" + journey + "&stages=aware,buy&from=" + old.minus(1, ChronoUnit.DAYS) + "&to=" + now;
        as(tenant, "viewer").get(funnel).then().statusCode(200).body("stages.customers", is(List.of(2, 1)));
        as(tenant, "admin").get(funnel + "&source=RAW").then().statusCode(200).body("stages.customers", is(List.of(2, 1)));
        as(tenant, "viewer").get("/customers/old-timer/timeline").then().body("items", hasSize(0)).body("journeys", hasSize(0));
        as(tenant, "viewer").get("/customers/returning/timeline").then().body("items.eventId", is(List.of("r2", "r3")))
                .body("journeys[0].interactions", is(2)).body("journeys[0].conversions", is(1));
        as(tenant, "viewer").get("/customers/fresh/timeline").then().body("items", hasSize(1));
        // the touches kept per customer were rebuilt from the events left: served = raw, the old-timer's purchase gone
        assertThat(servedEqualsRaw(tenant, "/analytics/attribution?model=LINEAR&journeyId=" + journey).get("conversions")).isEqualTo(1);
        assertThat(servedEqualsRaw(tenant, "/analytics/paths?outcome=ABANDONED&journeyId=" + journey).get("customers")).isEqualTo(1);
    }

    /** The served answer, once it is checked to equal the raw reference (but for when each was counted). */
    private static Map<String, Object> servedEqualsRaw(String tenant, String path) {
        Map<String, Object> served = as(tenant, "admin").get(path).then().statusCode(200).extract().as(Map.class);
        Map<String, Object> raw = as(tenant, "admin").get(path + "&source=RAW").then().statusCode(200).extract().as(Map.class);
        served.remove("dataAsOf");
        raw.remove("dataAsOf");
        assertThat(served).isEqualTo(raw);
        return served;
    }

    /** Retention deletes a chunk of 5 000 per transaction: a backlog of two chunks and one more goes in one run. */
    @Test
    void aBacklogLongerThanTwoChunksIsPurgedInOneRun() {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        String touchpoint = UUID.randomUUID().toString();
        Instant longAgo = Instant.parse("2019-03-01T00:00:00Z");
        for (int batch = 0; batch < 2; batch++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                int n = batch * 5_000 + i;
                events.add(event("old-" + n, "customer-" + n % 700, journey, "aware", touchpoint, "VISIT", longAgo.plusSeconds(n)));
            }
            Api.ingest(tenant, events);
        }
        Api.ingest(tenant, List.of(event("old-last", "customer-1", journey, "aware", touchpoint, "VISIT", longAgo.minusSeconds(1)),
                event("kept", "customer-1", journey, "aware", touchpoint, "VISIT", Instant.parse("2026-06-01T00:00:00Z"))));

        long purged = retention.purgeBefore(Instant.parse("2020-01-01T00:00:00Z"));

        assertThat(purged).as("the tenant's 10 001 old interactions (and any older ones of other tests)").isGreaterThanOrEqualTo(10_001);
        as(tenant, "viewer").get("/customers/customer-1/timeline").then().body("items.eventId", is(List.of("kept")))
                .body("journeys[0].interactions", is(1));
        as(tenant, "viewer").get("/customers/customer-699/timeline").then().body("items", hasSize(0)).body("journeys", hasSize(0));
    }

    /** A batch still queued for the rollup worker is counted by its fold, not by the rebuild as well. */
    @Test
    void aPurgeWhileABatchIsQueuedCountsItOnce() {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        String touchpoint = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.ingest(tenant, List.of(event("q1", "returning", journey, "aware", touchpoint, "VISIT", now.minus(300, ChronoUnit.DAYS)),
                event("q2", "returning", journey, "aware", touchpoint, "VISIT", now.minus(2, ChronoUnit.DAYS))));
        String queuedAck;
        worker.pause();
        try {
            queuedAck = as(tenant, "ingest").body(List.of(event("q3", "returning", journey, "buy", touchpoint, "PURCHASE",
                    now.minus(1, ChronoUnit.DAYS)))).post("/interactions").then().statusCode(202).extract().path("acknowledgedAt");
            retention.purgeBefore(now.minus(90, ChronoUnit.DAYS));
        } finally {
            worker.resume();
        }
        Api.awaitCounted(tenant, queuedAck);
        as(tenant, "viewer").get("/customers/returning/timeline").then().body("items.eventId", is(List.of("q2", "q3")))
                .body("journeys[0].interactions", is(2)).body("journeys[0].conversions", is(1))
                .body("journeys[0].stages.interactions", is(List.of(1, 1)));
        // rebuilt touches without the queued purchase, then the fold appended it: counted once
        assertThat(servedEqualsRaw(tenant, "/analytics/attribution?model=LINEAR&journeyId=" + journey + "&minDataAsOf=" + queuedAck)
                .get("conversions")).isEqualTo(1);
    }
}
