package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.feedback.service.Store;
import io.trailmap.testsupport.MovableClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.trailmap.feedback.rest.Api.as;
import static io.trailmap.feedback.rest.Api.response;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ReviewAndSurveyResourceTest {

    private final String tenant = Api.newTenant();

    @Inject
    MovableClock clock;

    @Inject
    Store store;

    @AfterEach
    void backToTheSystemClock() {
        clock.unpin();
    }

    private static Map<String, Object> review(String sourceId, int rating, String text) {
        Map<String, Object> r = new HashMap<>(Map.of("source", "GOOGLE", "rating", rating, "text", text,
                "publishedAt", "2026-04-01T10:00:00Z"));
        if (sourceId != null) {
            r.put("sourceId", sourceId);
        }
        return r;
    }

    @Test
    void reviewsAreAnalysedDeduplicatedAndRepliedToWithTheTimeItTook() {
        var created = as(tenant, "ingest").body(review("g-1", 1, "Inte bra alls, personalen var otrevlig")).post("/reviews")
                .then().statusCode(201).body("language", is("sv")).body("sentiment.label", is("NEGATIVE")).extract();
        String id = created.path("id");
        as(tenant, "viewer").get("/follow-ups/" + created.path("followUpId")).then().statusCode(200)
                .body("sourceType", is("REVIEW")).body("sourceId", is(id)).body("status", is("OPEN"));
        as(tenant, "ingest").body(review("g-1", 1, "Inte bra alls, personalen var otrevlig")).post("/reviews")
                .then().statusCode(200).body("id", is(id));
        as(tenant, "ingest").body(review(null, 5, "Lovely place, friendly staff")).post("/reviews").then().statusCode(201)
                .body("followUpId", nullValue()).body("sentiment.label", is("POSITIVE"));

        // published 2026-04-01T10:00:00Z, answered 26 h 30 min 15 s later; a second reply keeps the first reply's time
        clock.pin(Instant.parse("2026-04-02T12:30:15Z"));
        as(tenant, "editor").body(Map.of("text", "Vi beklagar, vi hör av oss!", "author", "Store manager"))
                .post("/reviews/" + id + "/reply").then().statusCode(200)
                .body("reply.text", is("Vi beklagar, vi hör av oss!")).body("reply.repliedAt", is("2026-04-02T12:30:15Z"))
                .body("reply.timeToReply", is("PT26H30M15S"));
        clock.pin(Instant.parse("2026-04-05T08:00:00Z"));
        as(tenant, "editor").body(Map.of("text", "Vi har ringt upp kunden.", "author", "Store manager"))
                .post("/reviews/" + id + "/reply").then().statusCode(200)
                .body("reply.text", is("Vi har ringt upp kunden.")).body("reply.repliedAt", is("2026-04-02T12:30:15Z"))
                .body("reply.timeToReply", is("PT26H30M15S"));
        clock.unpin();
        as(tenant, "viewer").get("/reviews?replied=true").then().body("items", hasSize(1)).body("items[0].id", is(id))
                .body("items[0].reply.timeToReply", is("PT26H30M15S"));
        as(tenant, "viewer").get("/reviews?maxRating=2").then().body("items.id", is(List.of(id)));
        as(tenant, "viewer").get("/feedback/summary").then().body("reviews", is(2)).body("reviewRating", is(3.0));
        as(tenant, "ingest").body(review("g-9", 6, "x")).post("/reviews").then().statusCode(400).body("errors[0].field", is("rating"));
        as(tenant, "ingest").body(Map.of("source", "MYSPACE", "rating", 3, "publishedAt", "2026-04-01T10:00:00Z"))
                .post("/reviews").then().statusCode(400).body("errors[0].field", is("source"));
        as(Api.newTenant(), "editor").body(Map.of("text", "hi")).post("/reviews/" + id + "/reply").then().statusCode(404);
        as(tenant, "viewer").body(Map.of("text", "hi")).post("/reviews/" + id + "/reply").then().statusCode(403);
    }

    @Test
    void aRepostedReviewOpensTheCaseACrashLeftUnopened() {
        var created = as(tenant, "ingest").body(review("g-crash", 1, "Rude staff and a dirty table")).post("/reviews")
                .then().statusCode(201).extract();
        String followUpId = created.path("followUpId");
        store.followUps().deleteOne(new org.bson.Document("_id", followUpId));   // as a crash between the review and its case leaves it
        as(tenant, "viewer").get("/follow-ups/" + followUpId).then().statusCode(404);

        as(tenant, "ingest").body(review("g-crash", 1, "Rude staff and a dirty table")).post("/reviews").then().statusCode(200)
                .body("id", is((String) created.path("id"))).body("followUpId", is(followUpId));
        as(tenant, "viewer").get("/follow-ups/" + followUpId).then().statusCode(200).body("sourceType", is("REVIEW"))
                .body("status", is("OPEN"));
        as(tenant, "ingest").body(review("g-crash", 1, "Rude staff and a dirty table")).post("/reviews").then().statusCode(200);
        as(tenant, "viewer").get("/follow-ups").then().body("items", hasSize(1));   // opened again only when missing
    }

    @Test
    void surveysHaveVersionsAndQuestionsPerLanguage() {
        Map<String, Object> body = Map.of("name", "Store CSAT", "kind", "CSAT", "questions", List.of(
                Map.of("key", "csat", "type", "SCALE", "min", 1, "max", 5,
                        "texts", Map.of("en", "How satisfied were you?", "fi", "Kuinka tyytyväinen olit?", "sv", "Hur nöjd var du?")),
                Map.of("key", "why", "type", "TEXT", "texts", Map.of("en", "Why?"))));
        var created = as(tenant, "editor").body(body).post("/surveys").then().statusCode(201).header("ETag", is("\"0\""))
                .body("active", is(true)).body("questions[0].texts.fi", is("Kuinka tyytyväinen olit?")).extract();
        String id = created.path("id");

        Map<String, Object> read = as(tenant, "viewer").get("/surveys/" + id).then().statusCode(200).extract().as(Map.class);
        read.put("active", false);
        as(tenant, "editor").header("If-Match", "\"0\"").body(read).put("/surveys/" + id).then().statusCode(200)
                .body("active", is(false)).body("version", is(1));
        as(tenant, "editor").header("If-Match", "\"0\"").body(read).put("/surveys/" + id).then().statusCode(412);
        as(tenant, "viewer").get("/surveys?active=false").then().body("items", hasSize(1));
        as(Api.newTenant(), "admin").get("/surveys/" + id).then().statusCode(404);
        as(tenant, "editor").body(Map.of("name", "No questions", "kind", "NPS", "questions", List.of())).post("/surveys")
                .then().statusCode(400).body("errors[0].field", is("questions"));
        as(tenant, "editor").body(Map.of("name", "Bad", "kind", "NPS", "questions", List.of(Map.of("key", "q", "type", "SLIDER",
                "texts", Map.of("en", "?"))))).post("/surveys").then().statusCode(400).body("errors[0].field", is("questions[0].type"));
        as(tenant, "editor").delete("/surveys/" + id).then().statusCode(428);
        as(tenant, "editor").header("If-Match", "\"1\"").delete("/surveys/" + id).then().statusCode(204);
        as(tenant, "viewer").get("/surveys/" + id).then().statusCode(404);
    }

    @Test
    void surveyCreationHonoursIdempotencyKeys() {
        String t = Api.newTenant();
        Map<String, Object> body = Map.of("name", "Once", "kind", "NPS", "questions", List.of(Map.of("key", "nps", "type", "SCALE",
                "texts", Map.of("en", "How likely?"))));
        String first = as(t, "editor").header("Idempotency-Key", "s-1").body(body).post("/surveys").then().statusCode(201)
                .extract().path("id");
        as(t, "editor").header("Idempotency-Key", "s-1").body(body).post("/surveys").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is(first));
        as(t, "editor").header("Idempotency-Key", "s-1").body(Map.of("name", "Other", "kind", "CSAT", "questions",
                List.of(Map.of("key", "q", "type", "TEXT", "texts", Map.of("en", "?"))))).post("/surveys").then().statusCode(422);
        as(t, "viewer").get("/surveys").then().body("items", hasSize(1));
        as(Api.newTenant(), "editor").header("Idempotency-Key", "s-1").body(body).post("/surveys").then().statusCode(201);
    }

    @Test
    void erasureRemovesAllOfACustomersFeedback() {
        Map<String, Object> r = response("e-1", "NPS", 1, "Terrible, call me at +358 40 1234567");
        r.put("customerId", "gone");
        Map<String, Object> kept = response("e-2", "NPS", 10, "Great");
        kept.put("customerId", "stays");
        as(tenant, "ingest").body(List.of(r, kept)).post("/responses").then().body("accepted", is(2));
        Map<String, Object> rev = review("rv-1", 2, "Bad");
        rev.put("customerId", "gone");
        as(tenant, "ingest").body(rev).post("/reviews").then().statusCode(201);

        as(tenant, "editor").delete("/customers/gone").then().statusCode(403);
        String auditId = as(tenant, "admin").delete("/customers/gone").then().statusCode(200)
                .body("responses", is(1)).body("reviews", is(1)).body("followUps", is(2))
                .body("erasedAt", org.hamcrest.Matchers.notNullValue()).extract().path("auditId");
        String audit = as(tenant, "admin").get("/audit/erasures").then().statusCode(200)
                .body("items[0].id", is(auditId)).body("items[0].erasedBy", is("user-of-" + tenant))
                .body("items[0].responses", is(1)).body("items[0].reviews", is(1)).body("items[0].followUps", is(2))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(audit).doesNotContain("gone");
        as(tenant, "viewer").get("/audit/erasures").then().statusCode(403);
        as(tenant, "viewer").get("/responses?customerId=gone").then().body("items", hasSize(0));
        as(tenant, "viewer").get("/follow-ups").then().body("items", hasSize(0));
        as(tenant, "viewer").get("/responses?customerId=stays").then().body("items", hasSize(1));
    }
}
