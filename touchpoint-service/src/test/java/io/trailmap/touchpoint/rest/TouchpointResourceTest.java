package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.trailmap.touchpoint.rest.Api.as;
import static io.trailmap.touchpoint.rest.Api.createTouchpoint;
import static io.trailmap.touchpoint.rest.Api.link;
import static io.trailmap.touchpoint.rest.Api.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class TouchpointResourceTest {

    private final String tenant = Api.newTenant();
    private final UUID journey = UUID.randomUUID();

    @Test
    void createsWithDefaultsAndRoundTripsAPut() {
        Map<String, Object> body = touchpoint("Trade show booth", "EVENT", "TOFU", link(journey, "awareness"));
        body.put("platform", " LinkedIn ");
        body.put("tags", List.of("fair", "fair", "b2b"));
        var created = as(tenant, "editor").body(body).post("/touchpoints").then().statusCode(201)
                .header("ETag", is("\"0\"")).header("Location", containsString("/touchpoints/"))
                .body("mode", is("OFFLINE")).body("importance", is(3)).body("platform", is("linkedin"))
                .body("tags", is(List.of("fair", "b2b")))
                .body("links[0].stageKey", is("awareness")).extract();
        String id = created.path("id");

        Map<String, Object> read = as(tenant, "viewer").get("/touchpoints/" + id).then().statusCode(200)
                .header("ETag", is("\"0\"")).extract().as(Map.class);
        read.put("importance", 5);
        read.put("mode", "ONLINE");
        as(tenant, "editor").header("If-Match", "\"0\"").body(read).put("/touchpoints/" + id).then().statusCode(200)
                .body("importance", is(5)).body("mode", is("ONLINE")).body("version", is(1))
                .body("links[0].journeyId", is(journey.toString()));
        as(tenant, "editor").header("If-Match", "\"0\"").body(read).put("/touchpoints/" + id).then().statusCode(412);
        as(tenant, "editor").body(read).put("/touchpoints/" + id).then().statusCode(428);
        as(tenant, "editor").header("If-Match", "\"1\"").delete("/touchpoints/" + id).then().statusCode(204);
        as(tenant, "viewer").get("/touchpoints/" + id).then().statusCode(404);
    }

    @Test
    void filtersByChannelModePositionJourneyAndStage() {
        String t = Api.newTenant();
        String email = createTouchpoint(t, touchpoint("Newsletter", "EMAIL", "MOFU", link(journey, "consider"), link(journey, "retain")));
        String store = createTouchpoint(t, touchpoint("Flagship store", "IN_STORE", "BOFU", link(journey, "buy")));
        String other = createTouchpoint(t, touchpoint("Webinar", "WEBINAR", "TOFU", link(UUID.randomUUID(), "consider")));

        as(t, "viewer").get("/touchpoints?channel=EMAIL").then().body("items.id", is(List.of(email)));
        as(t, "viewer").get("/touchpoints?mode=OFFLINE").then().body("items.id", is(List.of(store)));
        as(t, "viewer").get("/touchpoints?funnelPosition=TOFU").then().body("items.id", is(List.of(other)));
        as(t, "viewer").get("/touchpoints?journeyId=" + journey).then().body("items.id", is(List.of(email, store)));
        as(t, "viewer").get("/touchpoints?journeyId=" + journey + "&stageKey=retain").then().body("items.id", is(List.of(email)));
        as(t, "viewer").get("/touchpoints?journeyIds=" + journey + "," + UUID.randomUUID()).then().body("items.id", is(List.of(email, store)));
        String next = as(t, "viewer").get("/touchpoints?limit=2").then().body("items.id", is(List.of(email, store)))
                .extract().path("nextCursor");
        as(t, "viewer").queryParam("cursor", next).get("/touchpoints?limit=2").then().body("items.id", is(List.of(other)))
                .body("nextCursor", is((Object) null));
        as(t, "viewer").get("/touchpoints?stageKey=retain").then().statusCode(400).body("errors[0].field", is("stageKey"));
        as(t, "viewer").get("/touchpoints?channel=TELEPATHY").then().statusCode(400).body("errors[0].field", is("channel"));
    }

    @Test
    void invalidTouchpointsAreRejected() {
        as(tenant, "editor").body(Map.of("name", "x", "channel", "FAX", "funnelPosition", "TOFU")).post("/touchpoints")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("channel"));
        Map<String, Object> body = touchpoint("", "EMAIL", "TOFU", Map.of("journeyId", "nope", "stageKey", "a"));
        as(tenant, "editor").body(body).post("/touchpoints").then().statusCode(400);
        Map<String, Object> badImportance = touchpoint("Loud", "EMAIL", "TOFU");
        badImportance.put("importance", 6);
        as(tenant, "editor").body(badImportance).post("/touchpoints").then().statusCode(400).body("errors[0].field", is("importance"));
        Map<String, Object> badStage = touchpoint("Bad stage", "EMAIL", "TOFU", link(journey, "Not A Key"));
        as(tenant, "editor").body(badStage).post("/touchpoints").then().statusCode(400).body("errors[0].field", is("links[0].stageKey"));
        as(tenant, "viewer").get("/touchpoints").then().body("items", empty());
    }

    @Test
    void authTenancyAndIdempotency() {
        String id = createTouchpoint(tenant, touchpoint("Chat", "LIVE_CHAT", "BOFU"));
        String other = Api.newTenant();

        given().get("/touchpoints").then().statusCode(401);
        as(tenant, "viewer").body(touchpoint("No", "EMAIL", "TOFU")).post("/touchpoints").then().statusCode(403);
        as(tenant, "ingest").get("/touchpoints").then().statusCode(403);
        as(other, "admin").get("/touchpoints/" + id).then().statusCode(404);
        as(other, "admin").header("If-Match", "\"0\"").body(touchpoint("Mine", "EMAIL", "TOFU")).put("/touchpoints/" + id).then().statusCode(404);
        as(other, "admin").header("If-Match", "\"0\"").delete("/touchpoints/" + id).then().statusCode(404);
        as(other, "admin").get("/touchpoints").then().body("items", empty());
        as(tenant, "viewer").get("/touchpoints/bad-id").then().statusCode(400);

        String t = Api.newTenant();
        String first = as(t, "editor").header("Idempotency-Key", "tp-1").body(touchpoint("Once", "EMAIL", "TOFU"))
                .post("/touchpoints").then().statusCode(201).extract().path("id");
        String again = as(t, "editor").header("Idempotency-Key", "tp-1").body(touchpoint("Once", "EMAIL", "TOFU"))
                .post("/touchpoints").then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        as(t, "editor").header("Idempotency-Key", "tp-1").body(touchpoint("Twice", "EMAIL", "TOFU"))
                .post("/touchpoints").then().statusCode(422);
        as(t, "viewer").get("/touchpoints").then().body("items", hasSize(1));
    }
}
