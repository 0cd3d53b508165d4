package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.trailmap.journey.rest.Api.as;
import static io.trailmap.journey.rest.Api.createJourney;
import static io.trailmap.journey.rest.Api.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class PersonaResourceTest {

    private final String tenant = Api.newTenant();

    private static Map<String, Object> cfo() {
        return Map.of("name", "Helena the CFO", "segment", "B2B", "buyingRole", "DECISION_MAKER",
                "demographics", Map.of("ageRange", "45-54", "occupation", "CFO", "companySize", "1000+"),
                "goals", List.of("Payback within 18 months"), "painPoints", List.of("Vague ROI claims"),
                "preferredChannels", List.of("email", "event"), "quote", "Show me the numbers.");
    }

    @Test
    void createsReadsReplacesAndDeletesAPersona() {
        var created = as(tenant, "editor").body(cfo()).post("/personas").then().statusCode(201)
                .header("ETag", is("\"0\"")).body("buyingRole", is("DECISION_MAKER"))
                .body("demographics.occupation", is("CFO")).body("motivations", is(List.of())).extract();
        String id = created.path("id");

        Map<String, Object> body = as(tenant, "viewer").get("/personas/" + id).then().statusCode(200)
                .body("quote", is("Show me the numbers.")).extract().as(Map.class);
        body.put("buyingRole", "CHAMPION");
        as(tenant, "editor").header("If-Match", "\"0\"").body(body).put("/personas/" + id).then().statusCode(200)
                .body("buyingRole", is("CHAMPION")).body("version", is(1));
        as(tenant, "editor").header("If-Match", "\"0\"").body(body).put("/personas/" + id).then().statusCode(412);
        as(tenant, "editor").delete("/personas/" + id).then().statusCode(428);
        as(tenant, "editor").header("If-Match", "\"1\"").delete("/personas/" + id).then().statusCode(204);
        as(tenant, "viewer").get("/personas/" + id).then().statusCode(404);
    }

    @Test
    void aPersonaUsedByAJourneyCannotBeDeleted() {
        String id = as(tenant, "editor").body(cfo()).post("/personas").then().extract().path("id");
        Map<String, Object> body = journey("Uses persona");
        body.put("personaIds", List.of(id));
        String journeyId = createJourney(tenant, body).path("id");

        as(tenant, "editor").header("If-Match", "\"0\"").delete("/personas/" + id).then().statusCode(409)
                .body("detail", containsString(journeyId));
        // refused, so nothing is lost: the persona and the journey's reference to it stay
        as(tenant, "viewer").get("/personas/" + id).then().statusCode(200).body("version", is(0));
        as(tenant, "viewer").get("/journeys/" + journeyId).then().body("personaIds", is(List.of(id)));
    }

    @Test
    void aRefusedDeletionCountsEveryJourneyUsingThePersonaAndNamesTheFirstTen() {
        String id = as(tenant, "editor").body(cfo()).post("/personas").then().extract().path("id");
        List<String> journeys = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Map<String, Object> body = journey("Uses persona " + i);
            body.put("personaIds", List.of(id));
            journeys.add(createJourney(tenant, body).path("id"));
        }
        String detail = as(tenant, "editor").header("If-Match", "\"0\"").delete("/personas/" + id).then().statusCode(409)
                .body("detail", containsString("is used by 11 journeys (the first 10: ")).extract().path("detail");
        journeys.subList(0, 10).forEach(journey -> assertThat(detail).contains(journey));
        assertThat(detail).doesNotContain(journeys.get(10));
    }

    @Test
    void listsFilterBySegmentRoleAndName() {
        String t = Api.newTenant();
        as(t, "editor").body(cfo()).post("/personas").then().statusCode(201);
        as(t, "editor").body(Map.of("name", "Emma shopper", "segment", "B2C")).post("/personas").then().statusCode(201);

        as(t, "viewer").get("/personas").then().body("items", hasSize(2));
        as(t, "viewer").get("/personas?segment=B2C").then().body("items.name", is(List.of("Emma shopper")));
        as(t, "viewer").get("/personas?buyingRole=DECISION_MAKER").then().body("items.name", is(List.of("Helena the CFO")));
        as(t, "viewer").get("/personas?q=emma").then().body("items.name", is(List.of("Emma shopper")));
        String emma = as(t, "viewer").get("/personas?q=emma").then().extract().path("items[0].id");
        as(t, "viewer").get("/personas?ids=" + emma + "," + java.util.UUID.randomUUID()).then().body("items.id", is(List.of(emma)));
        as(t, "viewer").get("/personas?ids=nope").then().statusCode(400).body("errors[0].field", is("ids"));
        as(t, "viewer").get("/personas?buyingRole=BOSS").then().statusCode(400).body("errors[0].field", is("buyingRole"));
    }

    @Test
    void invalidPersonasAreRejected() {
        as(tenant, "editor").body(Map.of("segment", "B2X")).post("/personas").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("segment"));
        as(tenant, "editor").body(Map.of("segment", "B2C")).post("/personas").then().statusCode(400)
                .body("errors[0].field", is("name"));
        as(tenant, "editor").body(Map.of("name", "x".repeat(201), "segment", "B2C")).post("/personas").then()
                .statusCode(400).body("errors[0].field", is("name"));
        as(tenant, "editor").body(Map.of("name", "Roles", "segment", "B2B", "buyingRole", "CEO")).post("/personas")
                .then().statusCode(400).body("errors[0].field", is("buyingRole"));
    }

    @Test
    void authTenancyAndIdempotency() {
        String id = as(tenant, "editor").body(cfo()).post("/personas").then().extract().path("id");
        String other = Api.newTenant();

        given().get("/personas").then().statusCode(401);
        as(tenant, "viewer").body(cfo()).post("/personas").then().statusCode(403);
        as(other, "admin").get("/personas/" + id).then().statusCode(404);
        as(other, "admin").header("If-Match", "\"0\"").body(cfo()).put("/personas/" + id).then().statusCode(404);
        as(other, "admin").header("If-Match", "\"0\"").delete("/personas/" + id).then().statusCode(404);

        String first = as(other, "editor").header("Idempotency-Key", "p-1").body(cfo()).post("/personas").then()
                .statusCode(201).extract().path("id");
        String again = as(other, "editor").header("Idempotency-Key", "p-1").body(cfo()).post("/personas").then()
                .statusCode(201).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first);
        as(other, "viewer").get("/personas").then().body("items", hasSize(1));
    }
}
