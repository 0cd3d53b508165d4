package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static io.trailmap.feedback.rest.Api.as;
import static io.trailmap.feedback.rest.Api.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ThemeResourceTest {

    private final String tenant = Api.newTenant();

    private static final Map<String, Object> ROOM_SERVICE = Map.of("key", "ROOM_SERVICE", "label", "Room service",
            "terms", Map.of("en", List.of("room service", "minibar*"), "fi", List.of("*huonepalvelu*"), "sv", List.of("*rumsservice*")));
    private static final Map<String, Object> MORE_APP_TERMS = Map.of("key", "APP_WEBSITE", "terms", Map.of("fi", List.of("*mobiilipankki*")));

    private static Map<String, Object> themes(Object... themes) {
        return Map.of("themes", List.of(themes));
    }

    @Test
    void a_tenant_starts_with_the_built_in_taxonomy_and_its_themes_are_read_in_feedback_from_then_on() {
        as(tenant, "viewer").get("/themes").then().statusCode(200).header("ETag", is("\"0\""))
                .body("version", is(0)).body("themes", hasSize(0)).body("updatedAt", nullValue())
                .body("builtIn.key", is(List.of("DELIVERY", "PRICE_FEES", "STAFF", "WAITING", "CHECKOUT_PAYMENT", "APP_WEBSITE", "SUPPORT",
                        "PRODUCT_QUALITY", "RETURNS_REFUNDS", "ONBOARDING", "BILLING", "OTHER")))
                .body("builtIn.find { it.key == 'DELIVERY' }.terms.fi", hasItem("*toimitu*"));

        as(tenant, "editor").header("If-Match", "\"0\"").body(themes(ROOM_SERVICE, MORE_APP_TERMS)).put("/themes")
                .then().statusCode(200).header("ETag", is("\"1\"")).body("version", is(1))
                .body("themes.key", is(List.of("ROOM_SERVICE", "APP_WEBSITE"))).body("themes[1].label", nullValue());

        JsonPath stored = as(tenant, "ingest").body(List.of(
                        response("th-1", "CSAT", 2, "Room service took ninety minutes and the minibar was empty."),
                        response("th-2", "CSAT", 2, "Mobiilipankkiin ei pääse kirjautumaan, tosi ärsyttävää.")))
                .post("/responses").then().statusCode(202).extract().jsonPath();
        assertThat(stored.getList("results[0].themes", String.class)).contains("ROOM_SERVICE");
        assertThat(stored.getString("results[0].aspects.find { it.key == 'ROOM_SERVICE' }.label")).isEqualTo("Room service");
        assertThat(stored.getList("results[0].aspects.find { it.key == 'ROOM_SERVICE' }.terms", String.class))
                .containsExactly("room service", "minibar");
        assertThat(stored.getList("results[1].themes", String.class)).contains("APP_WEBSITE");
        assertThat(stored.getString("results[1].aspects.find { it.key == 'APP_WEBSITE' }.label")).isEqualTo("App and website");
        as(tenant, "viewer").get("/responses").then().body("items.find { it.responseId == 'th-1' }.themes", hasItem("ROOM_SERVICE"));
    }

    @Test
    void what_a_get_answered_can_be_put_back_as_it_is() {
        as(tenant, "editor").header("If-Match", "\"0\"").body(themes(ROOM_SERVICE)).put("/themes").then().statusCode(200);
        String read = as(tenant, "viewer").get("/themes").then().statusCode(200).extract().asString();
        as(tenant, "editor").header("If-Match", "\"1\"").body(read).put("/themes").then().statusCode(200)
                .body("version", is(2)).body("themes.key", is(List.of("ROOM_SERVICE")))
                .body("themes[0].terms.en", is(List.of("room service", "minibar*")));
        as(tenant, "editor").header("If-Match", "\"2\"").body(themes()).put("/themes").then().statusCode(200).body("themes", hasSize(0));
    }

    @Test
    void every_error_of_a_put_is_named_and_nothing_is_stored() {
        as(tenant, "editor").header("If-Match", "\"0\"").body(themes(ROOM_SERVICE)).put("/themes").then().statusCode(200);
        JsonPath problem = as(tenant, "editor").header("If-Match", "\"1\"").body(themes(
                        Map.of("key", "room service", "label", "x", "terms", Map.of("en", List.of("room"))),
                        Map.of("key", "NEW_THING", "terms", Map.of("en", List.of("thing"))),
                        Map.of("key", "EMPTY", "label", "Empty", "terms", Map.of()),
                        Map.of("key", "GERMAN", "label", "German", "terms", Map.of("de", List.of("Lieferung"))),
                        Map.of("key", "LONG", "label", "Long", "terms", Map.of("en", List.of("x".repeat(61), "1234"))),
                        Map.of("key", "OTHER", "label", "Other", "terms", Map.of("en", List.of("misc"))),
                        Map.of("key", "LONG", "label", "Twice", "terms", Map.of("en", List.of("again")))))
                .put("/themes").then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).containsExactlyInAnyOrder("themes[0].key", "themes[1].label",
                "themes[2].terms", "themes[3].terms.de", "themes[4].terms.en[0]", "themes[4].terms.en[1]", "themes[5].key", "themes[6].key");
        as(tenant, "editor").header("If-Match", "\"1\"").body(themes(IntStream.range(0, 51)
                        .mapToObj(i -> Map.of("key", "T" + i, "label", "Theme " + i, "terms", Map.of("en", List.of("term" + i)))).toArray()))
                .put("/themes").then().statusCode(400).body("errors[0].field", is("themes"));
        as(tenant, "editor").header("If-Match", "\"1\"").body("{\"themes\": 3}").put("/themes").then().statusCode(400)
                .contentType("application/problem+json");
        as(tenant, "editor").header("If-Match", "\"1\"").body("{}").put("/themes").then().statusCode(400).body("errors[0].field", is("themes"));
        as(tenant, "viewer").get("/themes").then().body("version", is(1)).body("themes.key", is(List.of("ROOM_SERVICE")));
    }

    @Test
    void a_put_names_the_version_it_replaces() {
        as(tenant, "editor").body(themes(ROOM_SERVICE)).put("/themes").then().statusCode(428);
        as(tenant, "editor").header("If-Match", "\"3\"").body(themes(ROOM_SERVICE)).put("/themes").then().statusCode(412);
        as(tenant, "editor").header("If-Match", "nonsense").body(themes(ROOM_SERVICE)).put("/themes").then().statusCode(400);
        as(tenant, "viewer").get("/themes").then().body("version", is(0));
    }

    @Test
    void concurrent_puts_of_one_version_store_exactly_one() throws Exception {
        for (String version : List.of("0", "1")) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> theme = Map.of("key", "T" + i, "label", "Theme " + i, "terms", Map.of("en", List.of("term" + i)));
                calls.add(() -> as(tenant, "editor").header("If-Match", "\"" + version + "\"").body(themes(theme)).put("/themes").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(Collections.frequency(statuses, 200)).as("PUTs of version " + version).isEqualTo(1);
            assertThat(Collections.frequency(statuses, 412)).isEqualTo(7);
        }
        as(tenant, "viewer").get("/themes").then().body("version", is(2)).body("themes", hasSize(1));
    }

    @Test
    void roles_and_tokens() {
        as(tenant, "viewer").header("If-Match", "\"0\"").body(themes(ROOM_SERVICE)).put("/themes").then().statusCode(403);
        as(tenant, "ingest").header("If-Match", "\"0\"").body(themes(ROOM_SERVICE)).put("/themes").then().statusCode(403);
        given().get("/themes").then().statusCode(401);
        as(tenant, "admin").header("If-Match", "\"0\"").body(themes(ROOM_SERVICE)).put("/themes").then().statusCode(200);
    }

    @Test
    void another_tenant_neither_sees_nor_reads_with_a_tenants_themes() {
        as(tenant, "editor").header("If-Match", "\"0\"").body(themes(ROOM_SERVICE)).put("/themes").then().statusCode(200);
        String other = Api.newTenant();
        as(other, "viewer").get("/themes").then().statusCode(200).body("version", is(0)).body("themes", hasSize(0));
        as(other, "editor").header("If-Match", "\"1\"").body(themes()).put("/themes").then().statusCode(412);
        as(other, "ingest").body(List.of(response("th-o", "CSAT", 2, "Room service took ninety minutes and the minibar was empty.")))
                .post("/responses").then().statusCode(202).body("results[0].themes", not(hasItem("ROOM_SERVICE")));
        as(tenant, "viewer").get("/themes").then().body("version", is(1)).body("themes.key", is(List.of("ROOM_SERVICE")));
    }
}
