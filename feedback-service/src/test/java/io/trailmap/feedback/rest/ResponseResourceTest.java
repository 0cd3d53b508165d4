package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.trailmap.feedback.rest.Api.as;
import static io.trailmap.feedback.rest.Api.response;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ResponseResourceTest {

    private final String tenant = Api.newTenant();

    @Test
    void scoresAnalysesMasksAndOpensFollowUpsForDetractors() {
        Map<String, Object> detractor = response("r-1", "NPS", 3, "Toimitus oli myöhässä eikä asiakaspalvelu vastannut. Soita 040 123 4567.");
        detractor.put("customerId", "anna");
        String followUp = as(tenant, "ingest").body(List.of(detractor, response("r-2", "CSAT", 5, "Great service, very friendly staff!"),
                        response("r-3", "CES", 6, null)))
                .post("/responses").then().statusCode(202)
                .body("accepted", is(3)).body("duplicates", is(0)).body("rejected", hasSize(0))
                .body("results[0].category", is("DETRACTOR")).body("results[0].language", is("fi"))
                .body("results[0].sentiment.label", is("NEGATIVE")).body("results[0].followUpId", notNullValue())
                .body("results[0].themes", hasItem("DELIVERY")).body("results[0].themes", hasItem("SUPPORT"))
                .body("results[0].aspects.find { it.key == 'DELIVERY' }.terms", is(List.of("toimitus")))
                .body("results[0].aspects.find { it.key == 'DELIVERY' }.label", is("Delivery"))
                .body("results[0].aspects.find { it.key == 'SUPPORT' }.sentiment.label", is("NEGATIVE"))
                .body("results[1].themes", hasItem("STAFF"))
                .body("results[1].category", is("SATISFIED")).body("results[1].language", is("en"))
                .body("results[1].sentiment.label", is("POSITIVE")).body("results[1].followUpId", nullValue())
                .body("results[2].category", is("SATISFIED")).body("results[2].sentiment", nullValue())
                .extract().path("results[0].followUpId");

        as(tenant, "viewer").get("/responses?customerId=anna").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].comment", containsString("[phone]"))
                .body("items[0].comment", org.hamcrest.Matchers.not(containsString("123 4567")));
        as(tenant, "viewer").get("/follow-ups?status=OPEN").then().body("items", hasSize(1)).body("items[0].id", is(followUp))
                .body("items[0].customerId", is("anna")).body("items[0].sourceType", is("RESPONSE"))
                .body("items[0].reason", is("NPS 3 (DETRACTOR)")).body("items[0].aspects", hasItem("SUPPORT"));
    }

    @Test
    void aStronglyNegativeCommentOpensACaseBesideANeutralScoreButNotBesideAHappyOne() {
        String t = Api.newTenant();
        String angry = "Absolutely terrible. The parcel never arrived, support ignored three emails and I want my money back.";
        var results = as(t, "ingest").body(List.of(response("s-1", "NPS", 7, angry), response("s-2", "NPS", 9, angry),
                        response("s-3", "NPS", 7, "It was okay, nothing special."), response("s-4", "CUSTOM", null, angry)))
                .post("/responses").then().statusCode(202).body("accepted", is(4))
                .body("results[0].category", is("PASSIVE")).body("results[0].followUpId", notNullValue())
                .body("results[1].category", is("PROMOTER")).body("results[1].followUpId", nullValue())
                .body("results[2].followUpId", nullValue())
                .body("results[3].followUpId", notNullValue()).extract().jsonPath();
        as(t, "viewer").get("/follow-ups/" + results.getString("results[0].followUpId")).then().statusCode(200)
                .body("reason", containsString("Strongly negative comment (sentiment -0."))
                .body("reason", containsString("Delivery")).body("aspects", hasItem("DELIVERY"));
        as(t, "viewer").get("/follow-ups").then().body("items", hasSize(2));
    }

    @Test
    void rejectsBadResponsesByIndexAndDeduplicatesRetries() {
        String t = Api.newTenant();
        Map<String, Object> noScore = response("b-2", "NPS", null, "hmm");
        as(t, "ingest").body(List.of(response("b-1", "NPS", 11, "x"), noScore, response("b-3", "SMILEY", 3, "x"),
                        Map.of("responseId", "b-4", "score", 5), response("b-5", "NPS", 10, "Loistava palvelu"),
                        response("b-5", "NPS", 0, "second copy in the batch")))
                .post("/responses").then().statusCode(202)
                .body("accepted", is(1)).body("duplicates", is(1))
                .body("rejected.index", is(List.of(0, 1, 2, 3)))
                .body("rejected[0].errors[0].message", containsString("between 0 and 10"))
                .body("rejected[1].errors[0].field", is("score"))
                .body("rejected[2].errors[0].field", is("kind"))
                .body("rejected[3].errors[0].field", is("kind"));
        as(t, "ingest").body(response("b-5", "NPS", 10, "Loistava palvelu")).post("/responses").then()
                .body("accepted", is(0)).body("duplicates", is(1)).body("results[0].status", is("DUPLICATE"));
        as(t, "viewer").get("/responses").then().body("items", hasSize(1)).body("items[0].score", is(10));
        as(Api.newTenant(), "ingest").body(response("b-5", "NPS", 10, "x")).post("/responses").then().body("accepted", is(1));
    }

    @Test
    void surveyDefaultsKindAndTargets() {
        String journey = UUID.randomUUID().toString();
        String survey = as(tenant, "editor").body(Map.of("name", "Checkout NPS", "kind", "NPS", "defaultLanguage", "sv",
                        "journeyId", journey, "stageKey", "checkout",
                        "questions", List.of(Map.of("key", "nps", "type", "SCALE", "min", 0, "max", 10,
                                "texts", Map.of("en", "How likely…?", "fi", "Kuinka todennäköisesti…?", "sv", "Hur troligt…?")))))
                .post("/surveys").then().statusCode(201).extract().path("id");
        Map<String, Object> answer = new java.util.HashMap<>(Map.of("responseId", "s-1", "surveyId", survey, "score", 9));
        as(tenant, "ingest").body(answer).post("/responses").then().statusCode(202).body("results[0].category", is("PROMOTER"));
        as(tenant, "viewer").get("/responses?journeyId=" + journey + "&stageKey=checkout").then()
                .body("items", hasSize(1)).body("items[0].kind", is("NPS")).body("items[0].surveyId", is(survey));
        as(tenant, "ingest").body(Map.of("responseId", "s-2", "surveyId", UUID.randomUUID().toString(), "score", 9))
                .post("/responses").then().body("rejected[0].errors[0].field", is("surveyId"));
    }

    @Test
    void filtersPagesAuthAndTenancy() {
        String t = Api.newTenant();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> r = response("p-" + i, "NPS", i * 2, null);
            r.put("submittedAt", "2026-03-0" + (i + 1) + "T10:00:00Z");
            batch.add(r);
        }
        as(t, "ingest").body(batch).post("/responses").then().body("accepted", is(5));

        var first = as(t, "viewer").get("/responses?limit=2").then().body("items.responseId", is(List.of("p-0", "p-1"))).extract();
        as(t, "viewer").queryParam("cursor", (String) first.path("nextCursor")).get("/responses?limit=2").then()
                .body("items.responseId", is(List.of("p-2", "p-3")));
        as(t, "viewer").get("/responses?category=DETRACTOR").then().body("items", hasSize(4));
        as(t, "viewer").get("/responses?from=2026-03-03T00:00:00Z&to=2026-03-05T00:00:00Z").then().body("items", hasSize(2));
        as(t, "viewer").get("/responses?kind=SMILE").then().statusCode(400).body("errors[0].field", is("kind"));
        as(t, "viewer").get("/responses?journeyId=abc").then().statusCode(400);
        as(Api.newTenant(), "viewer").get("/responses").then().body("items", hasSize(0));
        given().get("/responses").then().statusCode(401);
        as(t, "viewer").body(batch).post("/responses").then().statusCode(403);
        as(t, "ingest").get("/responses").then().statusCode(403);
        as(t, "ingest").body("{\"responseId\": ").post("/responses").then().statusCode(400);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("responseId", "x" + i));
        }
        as(t, "ingest").body(tooMany).post("/responses").then().statusCode(413).contentType("application/problem+json");
    }
}
