package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.trailmap.testsupport.MovableClock;
import io.trailmap.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static io.trailmap.journey.rest.Api.as;
import static io.trailmap.journey.rest.Api.createJourney;
import static io.trailmap.journey.rest.Api.journey;
import static io.trailmap.journey.rest.Api.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class JourneyResourceTest {

    private final String tenant = Api.newTenant();

    @Inject
    MovableClock clock;

    @AfterEach
    void backToTheSystemClock() {
        clock.unpin();
    }

    @Test
    void createsADraftJourneyWithSluggedStageKeysPositionsAndItemIds() {
        var created = createJourney(tenant, journey("Online purchase",
                stage("Första kontakt", "AWARENESS", 0), stage("Checkout & pay", "PURCHASE", -2, "Shipping cost surprise")));

        assertThat(created.header("Location")).endsWith("/journeys/" + created.path("id"));
        assertThat(created.header("ETag")).isEqualTo("\"" + created.path("version") + "\"");
        assertThat((String) created.path("status")).isEqualTo("DRAFT");
        assertThat((Integer) created.path("reviewIntervalDays")).isEqualTo(90);
        assertThat((List<String>) created.path("stages.key")).containsExactly("forsta-kontakt", "checkout-pay");
        assertThat((List<Integer>) created.path("stages.position")).containsExactly(0, 1);
        assertThat((String) created.path("stages[1].painPoints[0].id")).isNotBlank();
        assertThat((List<?>) created.path("stages[0].backstage")).isEmpty();
    }

    @Test
    void getAnswersTheJourneyWithItsVersionAsETag() {
        String id = createJourney(tenant, journey("Get me", stage("Aware", "AWARENESS", 1))).path("id");

        as(tenant, "viewer").get("/journeys/" + id).then().statusCode(200)
                .header("ETag", is("\"0\""))
                .body("name", is("Get me"))
                .body("stages[0].emotion.score", is(1))
                .body("mapType", is("CURRENT_STATE"));
    }

    @Test
    void putAcceptsWhatGetReturnedAndBumpsTheVersion() {
        String id = createJourney(tenant, journey("Round trip", stage("Aware", "AWARENESS", 0, "Slow site"))).path("id");
        Map<String, Object> body = as(tenant, "viewer").get("/journeys/" + id).then().extract().as(Map.class);
        String painPointId = ((Map<String, Object>) ((List<Map<String, Object>>) ((List<Map<String, Object>>) body.get("stages")).get(0).get("painPoints")).get(0)).get("id").toString();
        body.put("name", "Round trip, edited");
        body.put("status", "PUBLISHED"); // read-only: ignored

        as(tenant, "editor").header("If-Match", "\"0\"").body(body).put("/journeys/" + id).then().statusCode(200)
                .header("ETag", is("\"1\""))
                .body("name", is("Round trip, edited"))
                .body("status", is("DRAFT"))
                .body("version", is(1))
                .body("stages[0].painPoints[0].id", is(painPointId));
    }

    @Test
    void editsRequireIfMatch() {
        String id = createJourney(tenant, journey("Guarded")).path("id");

        as(tenant, "editor").body(journey("No header")).put("/journeys/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("status", is(428));
        as(tenant, "editor").header("If-Match", "\"7\"").body(journey("Stale")).put("/journeys/" + id).then().statusCode(412)
                .body("detail", containsString("current version is 0"));
        as(tenant, "editor").header("If-Match", "yesterday").body(journey("Bad")).put("/journeys/" + id).then().statusCode(400)
                .body("errors[0].field", is("If-Match"));
        as(tenant, "editor").delete("/journeys/" + id).then().statusCode(428);
        as(tenant, "viewer").get("/journeys/" + id).then().body("name", is("Guarded"));
    }

    @Test
    void deleteRemovesTheJourney() {
        String id = createJourney(tenant, journey("Short-lived")).path("id");

        as(tenant, "editor").header("If-Match", "\"0\"").delete("/journeys/" + id).then().statusCode(204);
        as(tenant, "viewer").get("/journeys/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(id));
    }

    @Test
    void concurrentUpdatesOfTheSameVersionLetExactlyOneWin() throws Exception {
        String id = createJourney(tenant, journey("Contended", stage("Aware", "AWARENESS", 0))).path("id");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            edits.add(() -> as(tenant, "editor").header("If-Match", "\"0\"")
                    .body(journey("Edit " + n, stage("Aware", "AWARENESS", 0), stage("Extra " + n, "DECISION", 1)))
                    .put("/journeys/" + id).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(edits)) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(Collections.frequency(statuses, 200)).isEqualTo(1);
        assertThat(Collections.frequency(statuses, 412)).isEqualTo(19);
        var stored = as(tenant, "viewer").get("/journeys/" + id).then().extract();
        assertThat((Integer) stored.path("version")).isEqualTo(1);
        assertThat((List<?>) stored.path("stages")).hasSize(2);
        assertThat((String) stored.path("stages[1].name")).isEqualTo(((String) stored.path("name")).replace("Edit", "Extra"));
    }

    @Test
    void listsFilterByStatusSegmentMapTypePersonaAndName() {
        String t = Api.newTenant();
        String persona = as(t, "editor").body(Map.of("name", "Pia", "segment", "B2B")).post("/personas").then().statusCode(201).extract().path("id");
        Map<String, Object> b2b = journey("B2B onboarding flow", stage("Sign", "PURCHASE", 0));
        b2b.put("segment", "B2B");
        b2b.put("mapType", "FUTURE_STATE");
        b2b.put("personaIds", List.of(persona));
        String b2bId = createJourney(t, b2b).path("id");
        String b2cId = createJourney(t, journey("Store visit 100%_off", stage("Visit", "AWARENESS", 0))).path("id");
        as(t, "editor").post("/journeys/" + b2cId + "/publish").then().statusCode(201);

        as(t, "viewer").get("/journeys?segment=B2B").then().statusCode(200).body("items.id", is(List.of(b2bId)));
        as(t, "viewer").get("/journeys?mapType=future_state").then().body("items.id", is(List.of(b2bId)));
        as(t, "viewer").get("/journeys?status=PUBLISHED").then().body("items.id", is(List.of(b2cId)));
        as(t, "viewer").get("/journeys?personaId=" + persona).then().body("items.id", is(List.of(b2bId)));
        as(t, "viewer").get("/journeys?q=ONBOARD").then().body("items.id", is(List.of(b2bId)));
        as(t, "viewer").queryParam("q", "100%_").get("/journeys").then().body("items.id", is(List.of(b2cId)));
        as(t, "viewer").queryParam("q", "1%0").get("/journeys").then().body("items", empty());
        as(t, "viewer").get("/journeys").then().body("items", hasSize(2)).body("nextCursor", nullValue());
    }

    /** Maps created a second apart with intervals of 1, 7 and 90 days (and a daily one archived), read as the clock moves on. */
    @Test
    void reviewDueListsExactlyTheMapsWhoseNextReviewHasPassed() {
        String t = Api.newTenant();
        clock.pin(Instant.parse("2026-03-02T09:00:00Z"));
        String daily = createJourney(t, withReviewEvery(1, journey("Daily"))).path("id");
        clock.pin(Instant.parse("2026-03-02T09:00:01Z"));
        String weekly = createJourney(t, withReviewEvery(7, journey("Weekly"))).path("id");
        clock.pin(Instant.parse("2026-03-02T09:00:02Z"));
        String quarterly = createJourney(t, journey("Quarterly")).path("id");
        clock.pin(Instant.parse("2026-03-02T09:00:03Z"));
        String archived = createJourney(t, withReviewEvery(1, journey("Archived daily"))).path("id");
        as(t, "editor").post("/journeys/" + archived + "/archive").then().statusCode(200);

        as(t, "viewer").get("/journeys/" + quarterly).then().body("reviewIntervalDays", is(90))
                .body("nextReviewAt", is("2026-05-31T09:00:02Z")).body("reviewDue", is(false));
        clock.pin(Instant.parse("2026-03-03T08:59:59Z"));
        as(t, "viewer").get("/journeys?reviewDue=true").then().statusCode(200).body("items", empty());
        clock.pin(Instant.parse("2026-03-03T09:00:00Z"));
        as(t, "viewer").get("/journeys?reviewDue=true").then().body("items.id", is(List.of(daily)))
                .body("items[0].nextReviewAt", is("2026-03-03T09:00:00Z")).body("items[0].reviewDue", is(true));
        clock.pin(Instant.parse("2026-03-09T09:00:00Z"));
        as(t, "viewer").get("/journeys?reviewDue=true").then().body("items.id", is(List.of(daily)));
        clock.pin(Instant.parse("2026-03-09T09:00:01Z"));
        as(t, "viewer").get("/journeys?reviewDue=true").then().body("items.id", is(List.of(daily, weekly)));
        clock.pin(Instant.parse("2026-05-31T09:00:02Z"));
        as(t, "viewer").get("/journeys?reviewDue=true").then().body("items.id", is(List.of(daily, weekly, quarterly)));
        // the unfiltered list says the same of each: an archived map is never due
        as(t, "viewer").get("/journeys").then().body("items.id", is(List.of(daily, weekly, quarterly, archived)))
                .body("items.reviewDue", is(List.of(true, true, true, false)));

        // reviewed now, the daily map is due again a day later
        as(t, "editor").post("/journeys/" + daily + "/review").then().statusCode(200)
                .body("lastReviewedAt", is("2026-05-31T09:00:02Z")).body("nextReviewAt", is("2026-06-01T09:00:02Z"));
        as(t, "viewer").get("/journeys?reviewDue=true").then().body("items.id", is(List.of(weekly, quarterly)));
        as(t, "viewer").get("/journeys?reviewDue=maybe").then().statusCode(400).body("errors[0].field", is("reviewDue"));
    }

    private static Map<String, Object> withReviewEvery(int days, Map<String, Object> journey) {
        journey.put("reviewIntervalDays", days);
        return journey;
    }

    @Test
    void pagesWithStableCursorsUntilTheLastPage() {
        String t = Api.newTenant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(createJourney(t, journey("Paged " + i)).path("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = as(t, "viewer").queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/journeys").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(ids);
    }

    @Test
    void invalidQueryParametersAreClear400s() {
        as(tenant, "viewer").get("/journeys?limit=0").then().statusCode(400).body("errors[0].field", is("limit"));
        as(tenant, "viewer").get("/journeys?limit=501").then().statusCode(400);
        as(tenant, "viewer").get("/journeys?limit=ten").then().statusCode(400).body("errors[0].field", is("limit"));
        as(tenant, "viewer").get("/journeys?status=LIVE").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("status")).body("errors[0].message", containsString("DRAFT"));
        as(tenant, "viewer").get("/journeys?personaId=42").then().statusCode(400).body("errors[0].field", is("personaId"));
        as(tenant, "viewer").get("/journeys?cursor=garbage").then().statusCode(400).body("errors[0].field", is("cursor"));
        as(tenant, "viewer").get("/journeys/not-a-uuid").then().statusCode(400).body("errors[0].field", is("id"));
    }

    @Test
    void invalidBodiesAreProblemJsonWithFieldErrorsAndStoreNothing() {
        String t = Api.newTenant();
        Map<String, Object> bad = journey("", stage("X", "AWARENESS", 5));
        as(t, "editor").body(bad).post("/journeys").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("https://trailmap.io/problems/validation")).body("title", is("Invalid input")).body("status", is(400))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("stages[0].emotion.score"));

        as(t, "editor").body("{\"name\": \"x\", \"mapType\": \"MIND_MAP\", \"segment\": \"B2C\"}").post("/journeys")
                .then().statusCode(400).body("errors[0].field", is("mapType"))
                .body("errors[0].message", containsString("SERVICE_BLUEPRINT"));
        as(t, "editor").body("{\"name\": \"x\", \"mapType\": \"CURRENT_STATE\", \"segment\": \"B2C\", \"reviewIntervalDays\": \"often\"}")
                .post("/journeys").then().statusCode(400).body("errors[0].field", is("reviewIntervalDays"));
        as(t, "editor").body("{\"name\": \"x\", ").post("/journeys").then().statusCode(400)
                .contentType("application/problem+json").body("title", is("Malformed JSON"));
        as(t, "editor").post("/journeys").then().statusCode(400).contentType("application/problem+json");
        as(t, "editor").body("[1, 2]").post("/journeys").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(t, "editor")).contentType(ContentType.TEXT).body("name=x")
                .post("/journeys").then().statusCode(415).contentType("application/problem+json");

        as(t, "viewer").get("/journeys").then().body("items", empty());
    }

    @Test
    void duplicateStageKeysAndTooManyStagesAreRejected() {
        Map<String, Object> a = stage("A", "AWARENESS", 0);
        a.put("key", "same");
        Map<String, Object> b = stage("B", "DECISION", 0);
        b.put("key", "same");
        as(tenant, "editor").body(journey("Dupes", a, b)).post("/journeys").then().statusCode(400)
                .body("errors[0].field", is("stages[1].key"));

        Object[] many = new Object[51];
        for (int i = 0; i < many.length; i++) {
            many[i] = stage("Stage " + i, "AWARENESS", 0);
        }
        as(tenant, "editor").body(journey("Too long", many)).post("/journeys").then().statusCode(400)
                .body("errors[0].field", is("stages"));

        Map<String, Object> crowded = stage("Crowded", "AWARENESS", 0);
        crowded.put("actions", Collections.nCopies(201, "click"));
        as(tenant, "editor").body(journey("Crowded lane", crowded)).post("/journeys").then().statusCode(400)
                .body("errors[0].field", is("stages[0].actions"));

        Map<String, Object> badKey = stage("Bad key", "AWARENESS", 0);
        badKey.put("key", "Not A Slug");
        as(tenant, "editor").body(journey("Bad key", badKey)).post("/journeys").then().statusCode(400)
                .body("errors[0].field", is("stages[0].key"));
    }

    @Test
    void oversizedBodiesAre413ProblemJson() {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        as(tenant, "editor").body(huge).post("/journeys").then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
    }

    @Test
    void unknownPersonaIdsAreRejected() {
        Map<String, Object> body = journey("Ghost persona");
        body.put("personaIds", List.of("00000000-0000-0000-0000-000000000001"));
        as(tenant, "editor").body(body).post("/journeys").then().statusCode(400)
                .body("errors[0].field", is("personaIds"));
    }

    @Test
    void missingOrInvalidTokensAre401AndWrongRolesAre403() {
        String id = createJourney(tenant, journey("Secured")).path("id");

        given().get("/journeys").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer not.a.jwt").get("/journeys").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.withoutTenant("admin")).get("/journeys").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.expired(tenant, "admin")).get("/journeys").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.wrongIssuer(tenant, "admin")).get("/journeys").then().statusCode(401);

        as(tenant, "viewer").body(journey("Viewer cannot write")).post("/journeys").then().statusCode(403)
                .contentType("application/problem+json");
        as(tenant, "ingest").get("/journeys/" + id).then().statusCode(403);
        as(tenant, "viewer").header("If-Match", "\"0\"").delete("/journeys/" + id).then().statusCode(403);
        // admin implies editor and viewer
        as(tenant, "admin").get("/journeys/" + id).then().statusCode(200);
        as(tenant, "editor").get("/journeys/" + id).then().statusCode(200);
    }

    @Test
    void anotherTenantsJourneyIsNotFoundForReadUpdateDeleteAndLists() {
        String id = createJourney(tenant, journey("Mine", stage("Aware", "AWARENESS", 0))).path("id");
        String other = Api.newTenant();

        as(other, "admin").get("/journeys/" + id).then().statusCode(404);
        as(other, "admin").header("If-Match", "\"0\"").body(journey("Hijack")).put("/journeys/" + id).then().statusCode(404);
        as(other, "admin").header("If-Match", "\"0\"").delete("/journeys/" + id).then().statusCode(404);
        as(other, "admin").get("/journeys").then().body("items", empty());
        as(tenant, "viewer").get("/journeys/" + id).then().statusCode(200).body("name", is("Mine")).body("version", is(0));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndRejectsAnotherBody() {
        String t = Api.newTenant();
        Map<String, Object> body = journey("Once only", stage("Aware", "AWARENESS", 0));
        ExtractableResponse<Response> first = as(t, "editor").header("Idempotency-Key", "create-42").body(body)
                .post("/journeys").then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract();
        ExtractableResponse<Response> again = as(t, "editor").header("Idempotency-Key", "create-42").body(body)
                .post("/journeys").then().statusCode(201).header("Idempotent-Replayed", is("true")).extract();

        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        as(t, "viewer").get("/journeys").then().body("items", hasSize(1));

        as(t, "editor").header("Idempotency-Key", "create-42").body(journey("Something else"))
                .post("/journeys").then().statusCode(422).contentType("application/problem+json");
        // keys belong to a tenant: another tenant may use the same key
        as(Api.newTenant(), "editor").header("Idempotency-Key", "create-42").body(body)
                .post("/journeys").then().statusCode(201);
        as(t, "editor").header("Idempotency-Key", "k".repeat(129)).body(body).post("/journeys").then().statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneJourney() throws Exception {
        String t = Api.newTenant();
        Map<String, Object> body = journey("Retried", stage("Aware", "AWARENESS", 0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> as(t, "editor").header("Idempotency-Key", "burst").body(body).post("/journeys")
                    .then().statusCode(201).extract().path("id"));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(calls)) {
            ids.add(f.get());
        }
        pool.shutdown();

        assertThat(ids).containsOnly(ids.getFirst());
        as(t, "viewer").get("/journeys").then().body("items", hasSize(1));
    }
}
