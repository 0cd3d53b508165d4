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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class JourneyLifecycleResourceTest {

    private final String tenant = Api.newTenant();

    @Test
    void publishingFreezesNumberedVersionsThatLaterEditsNeverChange() {
        String id = createJourney(tenant, journey("Published map", stage("Aware", "AWARENESS", 0, "No reviews"))).path("id");

        as(tenant, "editor").post("/journeys/" + id + "/publish").then().statusCode(201)
                .header("Location", containsString("/journeys/" + id + "/versions/1"))
                .body("number", is(1)).body("publishedBy", is("user-of-" + tenant))
                .body("journey.status", is("PUBLISHED")).body("journey.stages[0].name", is("Aware"));
        as(tenant, "viewer").get("/journeys/" + id).then().body("status", is("PUBLISHED"))
                .body("publishedVersion", is(1)).body("unpublishedChanges", is(false)).body("version", is(1));

        as(tenant, "editor").header("If-Match", "\"1\"")
                .body(journey("Published map v2", stage("Aware again", "AWARENESS", 2))).put("/journeys/" + id)
                .then().statusCode(200).body("unpublishedChanges", is(true)).body("status", is("PUBLISHED"));

        as(tenant, "viewer").get("/journeys/" + id + "/versions/1").then().statusCode(200)
                .body("journey.name", is("Published map"))
                .body("journey.stages[0].name", is("Aware"))
                .body("journey.stages[0].painPoints[0].description", is("No reviews"));

        as(tenant, "editor").header("If-Match", "\"2\"").post("/journeys/" + id + "/publish").then().statusCode(201)
                .body("number", is(2)).body("journey.name", is("Published map v2"));
        as(tenant, "viewer").get("/journeys/" + id + "/versions").then().statusCode(200)
                .body("items.number", is(List.of(1, 2))).body("nextCursor", is((Object) null));
        as(tenant, "viewer").get("/journeys/" + id + "/versions/1").then().body("journey.name", is("Published map"));
        String next = as(tenant, "viewer").get("/journeys/" + id + "/versions?limit=1").then()
                .body("items.number", is(List.of(1))).body("nextCursor", notNullValue()).extract().path("nextCursor");
        as(tenant, "viewer").queryParam("cursor", next).get("/journeys/" + id + "/versions?limit=1").then()
                .body("items.number", is(List.of(2))).body("nextCursor", is((Object) null));
    }

    @Test
    void publishingChecksIfMatchWhenGivenAndNeedsAStage() {
        String empty = createJourney(tenant, journey("Empty")).path("id");
        as(tenant, "editor").post("/journeys/" + empty + "/publish").then().statusCode(422)
                .contentType("application/problem+json");
        as(tenant, "viewer").get("/journeys/" + empty + "/versions").then().body("items", empty());

        String id = createJourney(tenant, journey("Stale publish", stage("Aware", "AWARENESS", 0))).path("id");
        as(tenant, "editor").header("If-Match", "\"5\"").post("/journeys/" + id + "/publish").then().statusCode(412);
        as(tenant, "viewer").post("/journeys/" + id + "/publish").then().statusCode(403);
        as(tenant, "viewer").get("/journeys/" + id + "/versions/1").then().statusCode(404);
        as(tenant, "viewer").get("/journeys/" + id + "/versions/one").then().statusCode(400);
    }

    @Test
    void reviewingMovesTheNextReviewOneIntervalAhead() {
        Map<String, Object> body = journey("Reviewed", stage("Aware", "AWARENESS", 0));
        body.put("reviewIntervalDays", 30);
        String id = createJourney(tenant, body).path("id");

        String lastReviewed = as(tenant, "editor").post("/journeys/" + id + "/review").then().statusCode(200)
                .body("reviewDue", is(false)).extract().path("lastReviewedAt");
        String next = as(tenant, "viewer").get("/journeys/" + id).then().extract().path("nextReviewAt");
        org.assertj.core.api.Assertions.assertThat(java.time.Duration.between(
                java.time.Instant.parse(lastReviewed), java.time.Instant.parse(next))).hasDays(30);
    }

    @Test
    void anotherTenantCannotPublishReadVersionsOrDiff() {
        String id = createJourney(tenant, journey("Private", stage("Aware", "AWARENESS", 0))).path("id");
        as(tenant, "editor").post("/journeys/" + id + "/publish").then().statusCode(201);
        String other = Api.newTenant();
        String theirs = createJourney(other, journey("Theirs", stage("Aware", "AWARENESS", 0))).path("id");

        as(other, "admin").post("/journeys/" + id + "/publish").then().statusCode(404);
        as(other, "admin").post("/journeys/" + id + "/archive").then().statusCode(404);
        as(other, "admin").get("/journeys/" + id + "/versions").then().statusCode(404);
        as(other, "admin").get("/journeys/" + id + "/versions/1").then().statusCode(404);
        as(other, "admin").get("/journeys/" + id + "/diff?against=" + theirs).then().statusCode(404);
        as(other, "admin").get("/journeys/" + theirs + "/diff?against=" + id).then().statusCode(404);
        as(tenant, "viewer").get("/journeys/" + id).then().body("publishedVersion", is(1)).body("status", is("PUBLISHED"));
    }

    @Test
    void diffShowsStagesAndPainPointsFromCurrentToFutureState() {
        String current = createJourney(tenant, journey("Current",
                stage("Aware", "AWARENESS", 0),
                stage("Checkout", "PURCHASE", -2, "Shipping cost shown late", "Forced account"),
                stage("Call centre", "RETENTION", -1, "Long hold times"))).path("id");
        Map<String, Object> futureCheckout = stage("Checkout", "PURCHASE", 1, "forced   ACCOUNT");
        Map<String, Object> future = journey("Future", stage("Aware", "AWARENESS", 0), futureCheckout,
                stage("Self-service", "RETENTION", 1, "Chat bot cannot hand over"));
        future.put("mapType", "FUTURE_STATE");
        String futureId = createJourney(tenant, future).path("id");

        as(tenant, "viewer").get("/journeys/" + futureId + "/diff?against=" + current).then().statusCode(200)
                .body("journeyId", is(futureId)).body("againstId", is(current))
                .body("stagesAdded.key", is(List.of("self-service")))
                .body("stagesRemoved.key", is(List.of("call-centre")))
                .body("stagesChanged.key", is(List.of("checkout")))
                .body("stagesChanged[0].changedFields", is(List.of("emotion", "painPoints")))
                .body("stagesChanged[0].emotionBefore", is(-2)).body("stagesChanged[0].emotionAfter", is(1))
                .body("stagesUnchanged", is(1))
                .body("painPointsResolved.description", is(List.of("Shipping cost shown late", "Long hold times")))
                .body("painPointsIntroduced.description", is(List.of("Chat bot cannot hand over")));
    }

    @Test
    void diffNeedsAValidAgainstId() {
        String id = createJourney(tenant, journey("Lonely")).path("id");
        as(tenant, "viewer").get("/journeys/" + id + "/diff").then().statusCode(400).body("errors[0].field", is("against"));
        as(tenant, "viewer").get("/journeys/" + id + "/diff?against=xyz").then().statusCode(400);
        as(tenant, "viewer").get("/journeys/" + id + "/diff?against=" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
