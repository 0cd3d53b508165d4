package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.trailmap.journey.rest.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class JourneyExchangeResourceTest {

    private final String tenant = Api.newTenant();

    /** A map using every lane, two personas, a published status and a touchpoint reference. */
    private String richJourney(String owner) {
        String buyer = as(owner, "editor").body(Map.of("name", "Budget buyer", "segment", "B2B", "buyingRole", "DECISION_MAKER",
                "goals", List.of("Stay in budget"), "painPoints", List.of("Opaque pricing"), "quote", "Show me the total"))
                .post("/personas").then().statusCode(201).extract().path("id");
        String user = as(owner, "editor").body(Map.of("name", "Daily user", "segment", "B2B"))
                .post("/personas").then().statusCode(201).extract().path("id");
        Map<String, Object> first = new java.util.HashMap<>(Api.stage("Evaluate", "CONSIDERATION", -1, "Pricing page confuses"));
        first.put("opportunities", List.of(Map.of("description", "Price calculator", "impact", 4, "effort", 2)));
        first.put("kpis", List.of(Map.of("name", "Trial starts", "target", "30%")));
        first.put("frontstage", List.of("Sales call"));
        first.put("backstage", List.of("CRM update"));
        first.put("supportProcesses", List.of("Billing system"));
        first.put("evidence", List.of("Interview 12"));
        first.put("painPoints", List.of(Map.of("description", "Pricing page confuses", "severity", 4,
                "touchpointId", UUID.randomUUID().toString())));
        Map<String, Object> body = new java.util.HashMap<>(Api.journey("Enterprise purchase", first,
                Api.stage("Sign", "PURCHASE", 2), Api.stage("Adopt", "RETENTION", 1)));
        body.put("personaIds", List.of(buyer, user));
        body.put("description", "From evaluation to adoption");
        body.put("reviewIntervalDays", 30);
        String id = Api.createJourney(owner, body).path("id");
        as(owner, "editor").post("/journeys/" + id + "/publish").then().statusCode(201);
        return id;
    }

    private String export(String owner, String id) {
        return as(owner, "viewer").get("/journeys/" + id + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .extract().asString();
    }

    @Test
    void exportThenImportThenExportIsTheSameDocument() {
        String original = richJourney(tenant);
        String exported = export(tenant, original);
        JsonPath document = JsonPath.from(exported);
        assertThat(document.getString("format")).isEqualTo("trailmap.journey");
        assertThat(document.getInt("formatVersion")).isEqualTo(1);
        assertThat(document.getList("personas.name")).containsExactly("Budget buyer", "Daily user");
        assertThat(exported).doesNotContain(original);

        String elsewhere = Api.newTenant();
        String imported = as(elsewhere, "editor").body(exported).post("/journeys/import").then().statusCode(201)
                .header("Location", containsString("/journeys/"))
                .body("status", is("DRAFT")).body("stages.size()", is(3)).body("personaIds.size()", is(2))
                .extract().path("id");
        assertThat(export(elsewhere, imported)).isEqualTo(exported);
        // and back into the first tenant, where both personas exist: they are reused, not copied
        String again = as(tenant, "editor").body(exported).post("/journeys/import").then().statusCode(201).extract().path("id");
        assertThat(export(tenant, again)).isEqualTo(exported);
        assertThat(as(tenant, "viewer").get("/personas").then().extract().jsonPath().getList("items.name"))
                .containsExactlyInAnyOrder("Budget buyer", "Daily user");
    }

    @Test
    void aRetriedImportWithTheSameKeyCreatesOneJourney() {
        String exported = export(tenant, richJourney(tenant));
        String owner = Api.newTenant();
        String first = as(owner, "editor").header("Idempotency-Key", "import-1").body(exported).post("/journeys/import")
                .then().statusCode(201).extract().path("id");
        String second = as(owner, "editor").header("Idempotency-Key", "import-1").body(exported).post("/journeys/import")
                .then().statusCode(201).extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(as(owner, "viewer").get("/journeys").then().extract().jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void aBadDocumentIsRefusedAndLeavesNothingBehind() {
        JsonPath document = JsonPath.from(export(tenant, richJourney(tenant)));
        Map<String, Object> valid = document.getMap("");
        String owner = Api.newTenant();

        Map<String, Object> wrongFormat = new java.util.HashMap<>(valid);
        wrongFormat.put("format", "smaply.journey");
        as(owner, "editor").body(wrongFormat).post("/journeys/import").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("format"));

        Map<String, Object> future = new java.util.HashMap<>(valid);
        future.put("formatVersion", 2);
        as(owner, "editor").body(future).post("/journeys/import").then().statusCode(422)
                .body("detail", containsString("formatVersion 2"));

        // a stage without a name is refused as the request is read, before anything is written
        Map<String, Object> journey = new java.util.HashMap<>(document.getMap("journey"));
        journey.put("stages", List.of(Map.of("name", "", "phase", "AWARENESS")));
        Map<String, Object> badStage = new java.util.HashMap<>(valid);
        badStage.put("journey", journey);
        as(owner, "editor").body(badStage).post("/journeys/import").then().statusCode(400)
                .body("errors[0].field", containsString("stages"));

        // two stages with one key pass that validation and fail only when the journey is made, after both
        // personas were created in the same transaction: they must go with it
        List<Map<String, Object>> stages = document.getList("journey.stages");
        Map<String, Object> twin = new java.util.HashMap<>(stages.get(1));
        twin.put("key", stages.get(0).get("key"));
        Map<String, Object> twinJourney = new java.util.HashMap<>(document.getMap("journey"));
        twinJourney.put("stages", List.of(stages.get(0), twin));
        Map<String, Object> twinKeys = new java.util.HashMap<>(valid);
        twinKeys.put("journey", twinJourney);
        as(owner, "editor").body(twinKeys).post("/journeys/import").then().statusCode(400)
                .body("errors[0].field", is("stages[1].key"));

        Map<String, Object> withIds = new java.util.HashMap<>(valid);
        Map<String, Object> idJourney = new java.util.HashMap<>(document.getMap("journey"));
        idJourney.put("personaIds", List.of(UUID.randomUUID().toString()));
        withIds.put("journey", idJourney);
        as(owner, "editor").body(withIds).post("/journeys/import").then().statusCode(400)
                .body("errors[0].field", is("journey.personaIds"));

        as(owner, "editor").body("{\"format\": \"trailmap.journey\", ").post("/journeys/import").then().statusCode(400);
        assertThat(as(owner, "viewer").get("/personas").then().extract().jsonPath().getList("items")).isEmpty();
        assertThat(as(owner, "viewer").get("/journeys").then().extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void rolesAndTenantsAreEnforced() {
        String id = richJourney(tenant);
        String exported = export(tenant, id);
        given().get("/journeys/" + id + "/export").then().statusCode(401);
        as(tenant, "ingest").get("/journeys/" + id + "/export").then().statusCode(403);
        as(tenant, "viewer").body(exported).post("/journeys/import").then().statusCode(403);
        as(Api.newTenant(), "admin").get("/journeys/" + id + "/export").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
