package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.testsupport.MovableClock;
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

import static io.trailmap.feedback.rest.Api.as;
import static io.trailmap.feedback.rest.Api.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class FollowUpResourceTest {

    private final String tenant = Api.newTenant();

    @Inject
    MovableClock clock;

    @AfterEach
    void backToTheSystemClock() {
        clock.unpin();
    }

    private String detractorCase(String responseId) {
        Map<String, Object> r = response(responseId, "NPS", 2, "Rude staff");
        r.put("customerId", "cust-" + responseId);
        return as(tenant, "ingest").body(r).post("/responses").then().extract().path("results[0].followUpId");
    }

    @Test
    void aCaseMovesFromOpenToResolvedWithNotesAndIfMatch() {
        // opened at 10:00, due 48 h later by default
        clock.pin(Instant.parse("2026-05-04T10:00:00Z"));
        String id = detractorCase("f-1");
        as(tenant, "viewer").get("/follow-ups/" + id).then().statusCode(200).header("ETag", is("\"0\""))
                .body("status", is("OPEN")).body("overdue", is(false)).body("dueAt", is("2026-05-06T10:00:00Z"));

        as(tenant, "editor").header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS", "assignee", "mia", "note", "Called the customer"))
                .patch("/follow-ups/" + id).then().statusCode(200).header("ETag", is("\"1\""))
                .body("status", is("IN_PROGRESS")).body("assignee", is("mia")).body("notes[0].text", is("Called the customer"))
                .body("notes[0].author", is("user-of-" + tenant));
        as(tenant, "editor").header("If-Match", "\"0\"").body(Map.of("assignee", "leo")).patch("/follow-ups/" + id).then().statusCode(412);
        as(tenant, "editor").body(Map.of("assignee", "leo")).patch("/follow-ups/" + id).then().statusCode(428);
        as(tenant, "editor").header("If-Match", "\"1\"").body(Map.of("status", "RESOLVED")).patch("/follow-ups/" + id).then()
                .statusCode(400).body("errors[0].field", is("resolution"));
        clock.pin(Instant.parse("2026-05-05T16:45:30Z"));
        as(tenant, "editor").header("If-Match", "\"1\"").body(Map.of("status", "RESOLVED", "resolution", "Apologised, voucher sent",
                        "painPointId", "pp-42"))
                .patch("/follow-ups/" + id).then().statusCode(200).body("status", is("RESOLVED"))
                .body("resolvedAt", is("2026-05-05T16:45:30Z")).body("painPointId", is("pp-42"));
        as(tenant, "editor").header("If-Match", "\"2\"").body(Map.of("status", "OPEN")).patch("/follow-ups/" + id).then().statusCode(409);
        as(tenant, "editor").header("If-Match", "\"2\"").body(Map.of("status", "DONE")).patch("/follow-ups/" + id).then().statusCode(400);
    }

    @Test
    void overdueListsCasesPastTheirDueTime() {
        String late = detractorCase("f-2");
        detractorCase("f-3");
        as(tenant, "editor").header("If-Match", "\"0\"").body(Map.of("dueAt", "2026-01-01T00:00:00Z"))
                .patch("/follow-ups/" + late).then().statusCode(200).body("overdue", is(true));

        as(tenant, "viewer").get("/follow-ups?overdue=true").then().body("items", hasSize(1)).body("items[0].id", is(late));
        as(tenant, "viewer").get("/follow-ups?status=OPEN").then().body("items", hasSize(2));
        as(tenant, "viewer").get("/follow-ups?status=LATE").then().statusCode(400);
    }

    /** "v1|+1000000000-01-01T00:00:00Z|…0001": well formed, at an instant no database stores (a Date cannot hold it). */
    @Test
    void aHandMadeCursorAtAnImpossibleInstantIsAClear400() {
        as(tenant, "viewer").get("/follow-ups?cursor=djF8KzEwMDAwMDAwMDAtMDEtMDFUMDA6MDA6MDBafDAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMQ")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("cursor"));
    }

    @Test
    void concurrentPatchesOfOneVersionLetOneWin() throws Exception {
        String id = detractorCase("f-4");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            calls.add(() -> as(tenant, "editor").header("If-Match", "\"0\"").body(Map.of("assignee", "agent-" + n))
                    .patch("/follow-ups/" + id).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(Collections.frequency(statuses, 200)).isEqualTo(1);
        assertThat(Collections.frequency(statuses, 412)).isEqualTo(9);
    }

    @Test
    void otherTenantsAndWrongRolesCannotTouchCases() {
        String id = detractorCase("f-5");
        String other = Api.newTenant();
        as(other, "admin").get("/follow-ups/" + id).then().statusCode(404);
        as(other, "admin").header("If-Match", "\"0\"").body(Map.of("assignee", "x")).patch("/follow-ups/" + id).then().statusCode(404);
        as(other, "admin").get("/follow-ups").then().body("items", hasSize(0));
        as(tenant, "viewer").header("If-Match", "\"0\"").body(Map.of("assignee", "x")).patch("/follow-ups/" + id).then().statusCode(403);
        io.restassured.RestAssured.given().get("/follow-ups").then().statusCode(401);
        as(tenant, "viewer").get("/follow-ups/not-an-id").then().statusCode(400);
        // a retried detractor response never opens a second case
        as(tenant, "ingest").body(response("f-5", "NPS", 2, "Rude staff")).post("/responses").then()
                .body("results[0].followUpId", is(id));
    }
}
