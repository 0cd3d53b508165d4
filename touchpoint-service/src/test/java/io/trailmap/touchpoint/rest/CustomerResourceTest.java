package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.event;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CustomerResourceTest {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    private final String tenant = Api.newTenant();
    private final UUID journey = UUID.randomUUID();
    private final String touchpoint = UUID.randomUUID().toString();

    @Test
    void timelineListsInteractionsInOrderWithPagesAndStagesPerJourney() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(event("t" + i, "anna", journey, i < 3 ? "aware" : "buy", touchpoint, i == 4 ? "PURCHASE" : "VISIT",
                    T0.plusSeconds(600L * (4 - i))));
        }
        Api.ingest(tenant, events);

        var first = as(tenant, "viewer").get("/customers/anna/timeline?limit=3").then().statusCode(200)
                .body("customerId", is("anna"))
                .body("items.eventId", is(List.of("t4", "t3", "t2")))
                .body("journeys", hasSize(1))
                .body("journeys[0].journeyId", is(journey.toString()))
                .body("journeys[0].conversions", is(1))
                .body("journeys[0].stages.stageKey", is(List.of("buy", "aware")))
                .body("journeys[0].latestStageKey", is("aware")).extract();
        as(tenant, "viewer").queryParam("cursor", (String) first.path("nextCursor")).get("/customers/anna/timeline?limit=3")
                .then().body("items.eventId", is(List.of("t1", "t0"))).body("nextCursor", nullValue());
    }

    @Test
    void erasureRemovesTheCustomerFromEverythingAndOnlyThem() {
        Api.ingest(tenant, List.of(
                event("x1", "erase-me", journey, "aware", touchpoint, "VISIT", T0),
                event("x2", "erase-me", journey, "buy", touchpoint, "PURCHASE", T0.plusSeconds(60)),
                event("x3", "keep-me", journey, "aware", touchpoint, "VISIT", T0)));

        as(tenant, "editor").delete("/customers/erase-me").then().statusCode(403);
        as(Api.newTenant(), "admin").delete("/customers/erase-me").then().statusCode(200).body("interactions", is(0));
        String auditId = as(tenant, "admin").delete("/customers/erase-me").then().statusCode(200)
                .body("customerId", is("erase-me")).body("interactions", is(2)).body("stageProgress", is(2)).body("journeys", is(1))
                .body("erasedAt", org.hamcrest.Matchers.notNullValue()).extract().path("auditId");

        // the audit keeps who and how much, never whose data; only admins read it, per tenant
        String audit = as(tenant, "admin").get("/audit/erasures").then().statusCode(200)
                .body("items[0].id", is(auditId)).body("items[0].erasedBy", is("user-of-" + tenant))
                .body("items[0].interactions", is(2)).body("items[0].stageProgress", is(2)).body("items[0].journeys", is(1))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(audit).doesNotContain("erase-me");
        as(tenant, "viewer").get("/audit/erasures").then().statusCode(403);
        as(Api.newTenant(), "admin").get("/audit/erasures").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(auditId)));

        as(tenant, "viewer").get("/customers/erase-me/timeline").then().body("items", hasSize(0)).body("journeys", hasSize(0));
        as(tenant, "viewer").get("/analytics/funnel?journeyId=" + journey + "&stages=aware,buy").then()
                .body("stages.customers", is(List.of(1, 0)));
        as(tenant, "viewer").get("/analytics/attribution?journeyId=" + journey).then().body("conversions", is(0));
        as(tenant, "viewer").get("/customers/keep-me/timeline").then().body("items", hasSize(1));
        // the erased events may be sent again (e.g. a CRM replay): they are new data then, not duplicates
        as(tenant, "ingest").body(List.of(event("x1", "erase-me", journey, "aware", touchpoint, "VISIT", T0)))
                .post("/interactions").then().body("accepted", is(1));
    }

    @Test
    void customerIdsAreCheckedAndAuthIsRequired() {
        as(tenant, "viewer").get("/customers/" + "x".repeat(129) + "/timeline").then().statusCode(400)
                .body("errors[0].field", is("customerId"));
        io.restassured.RestAssured.given().get("/customers/anna/timeline").then().statusCode(401);
        as(tenant, "ingest").get("/customers/anna/timeline").then().statusCode(403);
    }
}
