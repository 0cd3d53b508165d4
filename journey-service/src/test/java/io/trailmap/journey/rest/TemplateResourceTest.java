package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.trailmap.journey.rest.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class TemplateResourceTest {

    private final String tenant = Api.newTenant();

    @Test
    void aBarePostWithoutBodyOrContentTypeInstantiatesWithTheDefaults() throws Exception {
        // as `curl -X POST …/instantiate -H "Authorization: …"` sends it: no body, no Content-Type
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port
                        + "/templates/bank/instantiate"))
                .header("Authorization", io.trailmap.testsupport.TestTokens.bearer(Api.newTenant(), "editor"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        org.assertj.core.api.Assertions.assertThat(response.body()).contains("\"templateKey\":\"bank\"");
    }

    @Test
    void listsTheBuiltInTemplates() {
        as(tenant, "viewer").get("/templates").then().statusCode(200)
                .body("items.key", hasItems("ecommerce", "lifecycle", "retail-store", "travel-agency", "bank", "saas-trial", "b2b"))
                .body("items.find { it.key == 'lifecycle' }.phases",
                        is(List.of("AWARENESS", "CONSIDERATION", "PURCHASE", "RETENTION", "ADVOCACY")))
                .body("nextCursor", is((Object) null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "lifecycle", "retail-store", "travel-agency", "bank", "saas-trial", "b2b"})
    void everyTemplateInstantiatesAsAnEditableDraftThatRoundTrips(String key) {
        var template = as(tenant, "viewer").get("/templates/" + key).then().statusCode(200).extract();
        var journey = as(tenant, "editor").post("/templates/" + key + "/instantiate").then().statusCode(201)
                .body("status", is("DRAFT")).body("templateKey", is(key)).body("version", is(0))
                .body("name", is(template.<String>path("name"))).body("mapType", is(template.<String>path("mapType")))
                .body("segment", is(template.<String>path("segment"))).extract();
        String id = journey.path("id");

        // the template's stages, in its order, with its lanes
        assertThat(journey.<List<String>>path("stages.key")).isEqualTo(template.path("stages.key"));
        assertThat(journey.<List<String>>path("stages.name")).isEqualTo(template.path("stages.name"));
        assertThat(journey.<List<String>>path("stages.phase")).isEqualTo(template.path("stages.phase"));
        assertThat(journey.<List<Object>>path("stages.painPoints.description")).isEqualTo(template.path("stages.painPoints.description"));
        List<Map<String, Object>> stages = journey.path("stages");
        assertThat(stages).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> stage : stages) {
            assertThat((List<?>) stage.get("actions")).as("actions of " + stage.get("key")).isNotEmpty();
            assertThat(stage.get("emotion")).as("emotion of " + stage.get("key")).isNotNull();
            assertThat((List<?>) stage.get("opportunities")).as("opportunities of " + stage.get("key")).isNotEmpty();
        }
        assertThat(stages.stream().mapToInt(s -> ((List<?>) s.get("painPoints")).size()).sum()).isGreaterThanOrEqualTo(4);
        // one persona of the tenant per persona of the template
        List<String> personaIds = journey.path("personaIds");
        List<String> personaNames = personaIds.stream()
                .map(personaId -> as(tenant, "viewer").get("/personas/" + personaId).then().statusCode(200).extract().<String>path("name"))
                .toList();
        assertThat(personaNames).isNotEmpty().isEqualTo(template.path("personas.name"));

        // the instantiated map passes the same validation as any client's map, and a GET body round-trips unchanged
        Map<String, Object> body = as(tenant, "viewer").get("/journeys/" + id).then().extract().as(Map.class);
        as(tenant, "editor").header("If-Match", "\"0\"").body(body).put("/journeys/" + id).then().statusCode(200).body("version", is(1));
        Map<String, Object> after = as(tenant, "viewer").get("/journeys/" + id).then().extract().as(Map.class);
        assertThat(after.get("stages")).isEqualTo(body.get("stages"));
        assertThat(after.get("personaIds")).isEqualTo(body.get("personaIds"));
        as(tenant, "editor").post("/journeys/" + id + "/publish").then().statusCode(201);
    }

    @Test
    void templatesCarryTheirSignaturePainPoints() {
        assertThat(painPointsOf("ecommerce")).anyMatch(p -> p.contains("Cart abandonment"));
        assertThat(painPointsOf("retail-store")).anyMatch(p -> p.contains("Long queues")).anyMatch(p -> p.contains("Unfriendly staff"));
        assertThat(painPointsOf("travel-agency")).anyMatch(p -> p.contains("Limited flights")).anyMatch(p -> p.contains("delays"));
        assertThat(painPointsOf("bank")).anyMatch(p -> p.contains("Complex online account opening")).anyMatch(p -> p.contains("Branch waiting"));
        assertThat(painPointsOf("saas-trial")).anyMatch(p -> p.contains("Onboarding drop-off"));
        assertThat(painPointsOf("b2b")).anyMatch(p -> p.contains("Several stakeholders")).anyMatch(p -> p.contains("ROI"));
        as(tenant, "viewer").get("/templates/b2b").then()
                .body("personas.buyingRole", hasItems("DECISION_MAKER", "CHAMPION", "GATEKEEPER", "USER"));
    }

    private List<String> painPointsOf(String key) {
        return as(tenant, "viewer").get("/templates/" + key).then().statusCode(200).extract().path("stages.painPoints.flatten().description");
    }

    @Test
    void instantiationOptionsAuthTenancyAndUnknownTemplates() {
        as(tenant, "editor").body(Map.of("name", "Our webshop", "ownerTeam", "growth", "includePersonas", false))
                .post("/templates/ecommerce/instantiate").then().statusCode(201)
                .body("name", is("Our webshop")).body("ownerTeam", is("growth")).body("personaIds", is(List.of()));
        as(tenant, "editor").post("/templates/zoo/instantiate").then().statusCode(404).contentType("application/problem+json");
        as(tenant, "viewer").post("/templates/bank/instantiate").then().statusCode(403);
        io.restassured.RestAssured.given().get("/templates").then().statusCode(401);

        String t = Api.newTenant();
        String first = as(t, "editor").header("Idempotency-Key", "tpl").post("/templates/bank/instantiate").then()
                .statusCode(201).extract().path("id");
        String again = as(t, "editor").header("Idempotency-Key", "tpl").post("/templates/bank/instantiate").then()
                .statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        as(t, "viewer").get("/journeys").then().body("items.size()", is(1));
        as(t, "viewer").get("/personas").then().body("items.size()", is(1));
        as(Api.newTenant(), "viewer").get("/journeys/" + first).then().statusCode(404);
    }
}
