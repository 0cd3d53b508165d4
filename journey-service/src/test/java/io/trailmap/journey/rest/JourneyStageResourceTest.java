package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.trailmap.journey.rest.Api.as;
import static io.trailmap.journey.rest.Api.createJourney;
import static io.trailmap.journey.rest.Api.journey;
import static io.trailmap.journey.rest.Api.stage;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class JourneyStageResourceTest {

    private final String tenant = Api.newTenant();

    private String journeyWithThreeStages() {
        return createJourney(tenant, journey("Stages", stage("Aware", "AWARENESS", 0),
                stage("Consider", "CONSIDERATION", 0), stage("Buy", "PURCHASE", -1))).path("id");
    }

    @Test
    void addsAStageAtAPositionWithAKeyFromItsName() {
        String id = journeyWithThreeStages();
        Map<String, Object> compare = stage("Compare prices", "CONSIDERATION", -1, "Prices hidden");
        compare.put("position", 2);

        as(tenant, "editor").body(compare).post("/journeys/" + id + "/stages").then().statusCode(201)
                .header("Location", containsString("/journeys/" + id + "/stages/compare-prices"))
                .header("ETag", is("\"1\""))
                .body("key", is("compare-prices")).body("position", is(2));
        as(tenant, "viewer").get("/journeys/" + id).then()
                .body("stages.key", is(List.of("aware", "consider", "compare-prices", "buy")))
                .body("stages.position", is(List.of(0, 1, 2, 3)));
        as(tenant, "viewer").get("/journeys/" + id + "/stages/compare-prices").then().statusCode(200)
                .body("painPoints[0].description", is("Prices hidden"));
    }

    @Test
    void addingAnExistingKeyIsAConflictAndABadPositionA400() {
        String id = journeyWithThreeStages();
        Map<String, Object> dupe = stage("Another aware", "AWARENESS", 0);
        dupe.put("key", "aware");
        as(tenant, "editor").body(dupe).post("/journeys/" + id + "/stages").then().statusCode(409);

        Map<String, Object> far = stage("Far", "ADVOCACY", 0);
        far.put("position", 9);
        as(tenant, "editor").body(far).post("/journeys/" + id + "/stages").then().statusCode(400)
                .body("errors[0].field", is("position"));
        Map<String, Object> reserved = stage("Reserved", "ADVOCACY", 0);
        reserved.put("key", "order");
        as(tenant, "editor").body(reserved).post("/journeys/" + id + "/stages").then().statusCode(400);
        // a stage named "Order" gets a key that does not shadow the reorder path
        as(tenant, "editor").body(stage("Order", "PURCHASE", 0)).post("/journeys/" + id + "/stages").then()
                .statusCode(201).body("key", is("order-2"));
        as(tenant, "editor").header("If-Match", "\"0\"").body(stage("Stale add", "ADVOCACY", 0))
                .post("/journeys/" + id + "/stages").then().statusCode(412);
    }

    @Test
    void replacesAStageKeepingItsKey() {
        String id = journeyWithThreeStages();
        Map<String, Object> edited = stage("Consider carefully", "CONSIDERATION", -2, "Too many options");
        edited.put("goal", "Pick the right plan");

        as(tenant, "editor").header("If-Match", "\"0\"").body(edited).put("/journeys/" + id + "/stages/consider")
                .then().statusCode(200).header("ETag", is("\"1\""))
                .body("key", is("consider")).body("name", is("Consider carefully")).body("position", is(1))
                .body("emotion.score", is(-2));

        edited.put("key", "renamed");
        as(tenant, "editor").header("If-Match", "\"1\"").body(edited).put("/journeys/" + id + "/stages/consider")
                .then().statusCode(400).body("errors[0].field", is("key"));
        as(tenant, "editor").header("If-Match", "\"1\"").body(stage("X", "AWARENESS", 0))
                .put("/journeys/" + id + "/stages/nope").then().statusCode(404);
        as(tenant, "editor").body(stage("X", "AWARENESS", 0)).put("/journeys/" + id + "/stages/consider")
                .then().statusCode(428);
    }

    @Test
    void removesAStageAndRenumbersTheRest() {
        String id = journeyWithThreeStages();

        as(tenant, "editor").header("If-Match", "\"0\"").delete("/journeys/" + id + "/stages/consider")
                .then().statusCode(204).header("ETag", is("\"1\""));
        as(tenant, "viewer").get("/journeys/" + id).then()
                .body("stages.key", is(List.of("aware", "buy"))).body("stages.position", is(List.of(0, 1)));
        as(tenant, "editor").header("If-Match", "\"0\"").delete("/journeys/" + id + "/stages/buy").then().statusCode(412);
    }

    @Test
    void reordersStagesWhenEveryKeyIsNamedOnce() {
        String id = journeyWithThreeStages();

        as(tenant, "editor").header("If-Match", "\"0\"").body(Map.of("keys", List.of("buy", "aware", "consider")))
                .put("/journeys/" + id + "/stages/order").then().statusCode(200)
                .body("stages.key", is(List.of("buy", "aware", "consider")))
                .body("stages.position", is(List.of(0, 1, 2)));
        as(tenant, "editor").header("If-Match", "\"1\"").body(Map.of("keys", List.of("buy", "aware")))
                .put("/journeys/" + id + "/stages/order").then().statusCode(400).body("errors[0].field", is("keys"));
        as(tenant, "editor").header("If-Match", "\"1\"").body(Map.of("keys", List.of("buy", "aware", "aware")))
                .put("/journeys/" + id + "/stages/order").then().statusCode(400);
        as(tenant, "editor").header("If-Match", "\"1\"").body(Map.of())
                .put("/journeys/" + id + "/stages/order").then().statusCode(400).body("errors[0].field", is("keys"));
    }

    @Test
    void archivedJourneysAreReadOnly() {
        String id = journeyWithThreeStages();
        as(tenant, "editor").post("/journeys/" + id + "/archive").then().statusCode(200).body("status", is("ARCHIVED"));

        as(tenant, "editor").body(stage("Late", "ADVOCACY", 0)).post("/journeys/" + id + "/stages").then().statusCode(409);
        as(tenant, "editor").header("If-Match", "\"1\"").body(journey("Edit archived")).put("/journeys/" + id).then().statusCode(409);
        as(tenant, "editor").header("If-Match", "\"1\"").delete("/journeys/" + id + "/stages/aware").then().statusCode(409);
        as(tenant, "viewer").get("/journeys/" + id + "/stages/aware").then().statusCode(200);
        // the refused edits changed nothing
        as(tenant, "viewer").get("/journeys/" + id).then().body("version", is(1)).body("name", is("Stages"))
                .body("stages.key", is(List.of("aware", "consider", "buy")));
    }

    @Test
    void stagesOfAnotherTenantsJourneyAreNotFoundAndViewersCannotEdit() {
        String id = journeyWithThreeStages();
        String other = Api.newTenant();

        as(other, "admin").get("/journeys/" + id + "/stages/aware").then().statusCode(404);
        as(other, "admin").body(stage("Intruder", "AWARENESS", 0)).post("/journeys/" + id + "/stages").then().statusCode(404);
        as(other, "admin").header("If-Match", "\"0\"").delete("/journeys/" + id + "/stages/aware").then().statusCode(404);
        as(other, "admin").header("If-Match", "\"0\"").body(Map.of("keys", List.of("buy", "aware", "consider")))
                .put("/journeys/" + id + "/stages/order").then().statusCode(404);
        as(tenant, "viewer").body(stage("Viewer", "AWARENESS", 0)).post("/journeys/" + id + "/stages").then().statusCode(403);
        io.restassured.RestAssured.given().get("/journeys/" + id + "/stages/aware").then().statusCode(401);
        as(tenant, "viewer").get("/journeys/" + id).then().body("version", is(0));
    }

    @Test
    void invalidStagesAreRejectedWithFieldErrors() {
        String id = journeyWithThreeStages();
        Map<String, Object> bad = stage("", "NOWHERE", 0);
        as(tenant, "editor").body(bad).post("/journeys/" + id + "/stages").then().statusCode(400)
                .body("errors[0].field", is("phase"));
        Map<String, Object> badPain = stage("Pain", "DECISION", 0);
        badPain.put("painPoints", List.of(Map.of("description", "Hurts", "severity", 9)));
        as(tenant, "editor").body(badPain).post("/journeys/" + id + "/stages").then().statusCode(400)
                .body("errors[0].field", is("painPoints[0].severity"));
    }
}
