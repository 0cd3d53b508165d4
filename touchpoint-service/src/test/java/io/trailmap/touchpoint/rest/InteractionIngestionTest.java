package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class InteractionIngestionTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private final UUID journey = UUID.randomUUID();
    private final String touchpoint = UUID.randomUUID().toString();

    private Map<String, Object> visit(String eventId, String customer) {
        return event(eventId, customer, journey, "aware", touchpoint, "VISIT", T0);
    }

    @Test
    void storesGoodEventsAndRejectsBadOnesByIndex() {
        String t = Api.newTenant();
        Map<String, Object> noCustomer = visit("e3", "c");
        noCustomer.remove("customerId");
        Map<String, Object> badType = visit("e4", "c");
        badType.put("type", "TELEPORT");
        Map<String, Object> badTime = visit("e5", "c");
        badTime.put("occurredAt", "yesterday");
        Map<String, Object> future = visit("e6", "c");
        future.put("occurredAt", Instant.now().plusSeconds(86_400).toString());
        Map<String, Object> badJourney = visit("e7", "c");
        badJourney.put("journeyId", "journey-1");
        Map<String, Object> rich = visit("e2", "c2");
        rich.putAll(Map.of("type", "PURCHASE", "value", 49.90, "currency", "EUR", "channel", "WEBSITE", "variant", "B",
                "sessionId", "s-1", "attributes", Map.of("coupon", "SPRING")));

        as(t, "ingest").body(List.of(visit("e1", "c1"), rich, noCustomer, badType, badTime, future, badJourney, visit("e1", "c1")))
                .post("/interactions").then().statusCode(202)
                .body("accepted", is(2)).body("duplicates", is(1))
                .body("rejected.index", is(List.of(2, 3, 4, 5, 6)))
                .body("rejected[0].eventId", is("e3"))
                .body("rejected[0].errors[0].field", is("customerId"))
                .body("rejected[1].errors[0].field", is("type"))
                .body("rejected[1].errors[0].message", containsString("PURCHASE"))
                .body("rejected[2].errors[0].field", is("occurredAt"))
                .body("rejected[3].errors[0].message", is("is in the future"))
                .body("rejected[4].errors[0].field", is("journeyId"));

        as(t, "viewer").get("/customers/c2/timeline").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].value", is(49.9)).body("items[0].attributes.coupon", is("SPRING"))
                .body("journeys[0].conversions", is(1)).body("journeys[0].stages[0].variant", is("B"));
    }

    @Test
    void aRetriedBatchNeverCountsTwice() {
        String t = Api.newTenant();
        List<Map<String, Object>> batch = List.of(visit("r1", "c1"), visit("r2", "c1"), visit("r3", "c2"));
        as(t, "ingest").body(batch).post("/interactions").then().statusCode(202).body("accepted", is(3)).body("duplicates", is(0));
        as(t, "ingest").body(Map.of("events", batch)).post("/interactions").then().statusCode(202)
                .body("accepted", is(0)).body("duplicates", is(3));

        as(t, "viewer").get("/customers/c1/timeline").then().body("items", hasSize(2)).body("journeys[0].interactions", is(2));
        as(t, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=aware").then().body("stages[0].customers", is(2));
    }

    @Test
    void concurrentRetriesOfOneBatchStoreEachEventOnce() throws Exception {
        String t = Api.newTenant();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(visit("p" + i, "c" + (i % 50)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> as(t, "ingest").body(batch).post("/interactions").then().statusCode(202).extract().path("accepted"));
        }
        int accepted = 0;
        for (Future<Integer> f : pool.invokeAll(calls)) {
            accepted += f.get();
        }
        pool.shutdown();

        assertThat(accepted).isEqualTo(500);
        as(t, "viewer").get("/customers/c7/timeline").then().body("items", hasSize(10)).body("journeys[0].interactions", is(10));
    }

    @Test
    void eventIdsAreDeduplicatedPerTenant() {
        String a = Api.newTenant();
        String b = Api.newTenant();
        as(a, "ingest").body(List.of(visit("shared", "c1"))).post("/interactions").then().body("accepted", is(1));
        as(b, "ingest").body(List.of(visit("shared", "c1"))).post("/interactions").then().body("accepted", is(1));
        as(b, "viewer").get("/customers/c1/timeline").then().body("items", hasSize(1));
    }

    @Test
    void batchesOverTenThousandEventsAre413AndNonArraysAre400() {
        List<Map<String, Object>> huge = new ArrayList<>();
        Map<String, Object> tiny = Map.of("eventId", "x");
        for (int i = 0; i < 10_001; i++) {
            huge.add(tiny);
        }
        String t = Api.newTenant();
        as(t, "ingest").body(huge).post("/interactions").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("10000"));
        as(t, "ingest").body(Map.of("eventId", "single")).post("/interactions").then().statusCode(400)
                .contentType("application/problem+json");
        as(t, "ingest").body("[{\"eventId\": ").post("/interactions").then().statusCode(400);
        as(t, "ingest").body(List.of()).post("/interactions").then().statusCode(202).body("accepted", is(0));
    }

    @Test
    void ingestionNeedsTheIngestRole() {
        List<Map<String, Object>> batch = List.of(visit("auth-1", "c1"));
        given().contentType("application/json").body(batch).post("/interactions").then().statusCode(401);
        as(Api.newTenant(), "viewer").body(batch).post("/interactions").then().statusCode(403);
        as(Api.newTenant(), "editor").body(batch).post("/interactions").then().statusCode(403);
        as(Api.newTenant(), "admin").body(batch).post("/interactions").then().statusCode(202);
    }

    @Test
    void lateAndOutOfOrderEventsKeepTheRollupsRight() {
        String t = Api.newTenant();
        Map<String, Object> later = event("o1", "c1", journey, "aware", touchpoint, "VISIT", T0.plusSeconds(7200));
        Map<String, Object> earlier = event("o2", "c1", journey, "aware", touchpoint, "VISIT", T0);
        Map<String, Object> middle = new HashMap<>(event("o3", "c1", journey, "aware", touchpoint, "VISIT", T0.plusSeconds(3600)));
        Api.ingest(t, List.of(later));
        Api.ingest(t, List.of(earlier));
        Api.ingest(t, List.of(middle));

        as(t, "viewer").get("/customers/c1/timeline").then()
                .body("items.eventId", is(List.of("o2", "o3", "o1")))
                .body("journeys[0].stages[0].firstReachedAt", is("2026-05-01T10:00:00Z"))
                .body("journeys[0].stages[0].lastReachedAt", is("2026-05-01T12:00:00Z"))
                .body("journeys[0].stages[0].interactions", is(3));
    }
}
