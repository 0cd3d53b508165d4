package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static io.trailmap.feedback.rest.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class ImportResourceTest {

    private final String tenant = Api.newTenant();

    /** Posts the file and waits until the import is no longer RUNNING. */
    private JsonPath imported(String owner, String query, String contentType, String file) {
        String location = upload(owner, contentType, file).post("/imports" + query)
                .then().statusCode(202).body("status", is("RUNNING")).extract().header("Location");
        return io.trailmap.testsupport.Eventually.until(() -> as(owner, "viewer").get(location).then().statusCode(200).extract().jsonPath(),
                progress -> !progress.getString("status").equals("RUNNING"), Duration.ofMinutes(3), "the import to finish");
    }

    /** The file as bytes, with the given type (REST Assured would not encode a text/csv string itself). */
    private static io.restassured.specification.RequestSpecification upload(String owner, String contentType, String file) {
        return as(owner, "ingest").contentType(contentType).body(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aSurveyToolsCsvIsImportedWithItsColumnsMappedAndEachBadRowNamed() {
        String csv = """
                Response ID,Question type,Likelihood,Feedback,Customer,Submitted
                q-1,NPS,2,"The checkout kept failing, very annoying",c-1,2026-10-01T10:00:00Z
                q-2,NPS,10,Great service,c-2,2026-10-01T11:00:00Z
                q-3,NPS,11,,c-3,2026-10-01T12:00:00Z
                ,NPS,5,,c-4,2026-10-01T12:00:00Z
                q-2,NPS,9,Counted once,c-2,2026-10-01T13:00:00Z
                q-6,CSAT,4,,c-6,not-a-date
                """;
        String mapping = "?type=responses&map=responseId:Response ID&map=kind:Question type&map=score:Likelihood"
                + "&map=comment:Feedback&map=customerId:Customer&map=submittedAt:Submitted";
        JsonPath result = imported(tenant, mapping, "text/csv", csv);
        assertThat(result.getString("status")).isEqualTo("DONE");
        assertThat(result.getLong("rows")).isEqualTo(6);
        assertThat(result.getLong("accepted")).isEqualTo(2);
        assertThat(result.getLong("duplicates")).isEqualTo(1);
        assertThat(result.getLong("rejected")).isEqualTo(3);
        assertThat(result.getList("errors.line", Integer.class)).containsExactly(4, 5, 7);
        assertThat(result.getList("errors.field", String.class)).containsExactly("score", "responseId", "submittedAt");

        // scored and followed up exactly as through the API
        JsonPath stored = as(tenant, "viewer").get("/responses?customerId=c-1").then().statusCode(200).extract().jsonPath();
        assertThat(stored.getString("items[0].category")).isEqualTo("DETRACTOR");
        assertThat(stored.getString("items[0].language")).isEqualTo("en");
        assertThat(as(tenant, "viewer").get("/follow-ups?status=OPEN").then().extract().jsonPath().getList("items.customerId"))
                .containsExactly("c-1");

        // posting the same file again stores nothing twice
        JsonPath again = imported(tenant, mapping, "text/csv", csv);
        assertThat(again.getLong("accepted")).isZero();
        assertThat(again.getLong("duplicates")).isEqualTo(3);
        assertThat(as(tenant, "viewer").get("/follow-ups?status=OPEN").then().extract().jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void reviewsComeFromNdjsonAndAnUnreadableLineIsNamed() {
        String ndjson = """
                {"site": "GOOGLE", "id": "g-1", "stars": 1, "body": "Rude staff and a long wait", "date": "2026-09-01T10:00:00Z"}
                {"site": "GOOGLE", "id": "g-2", "stars": 5, "body": "Lovely", "date": "2026-09-02T10:00:00Z"}
                {"site": "GOOGLE", "id": "g-3", "stars": 5,
                {"site": "MYSPACE", "id": "g-4", "stars": 3, "date": "2026-09-03T10:00:00Z"}
                """;
        JsonPath result = imported(tenant, "?type=reviews&map=source:site&map=sourceId:id&map=rating:stars&map=text:body&map=publishedAt:date",
                "application/x-ndjson", ndjson);
        assertThat(result.getString("status")).isEqualTo("DONE");
        assertThat(result.getLong("accepted")).isEqualTo(2);
        assertThat(result.getList("errors.line", Integer.class)).containsExactly(3, 4);
        assertThat(result.getString("errors[0].message")).contains("not JSON");
        assertThat(result.getString("errors[1].field")).isEqualTo("source");
        assertThat(as(tenant, "viewer").get("/reviews").then().extract().jsonPath().getList("items.sourceId"))
                .containsExactlyInAnyOrder("g-1", "g-2");
    }

    /**
     * Twice the tenant's burst quota, so the import has to wait for it (the API would answer 429). The
     * in-memory MongoDB double of the tests scans a collection for every indexed lookup (a real MongoDB
     * uses the unique indexes declared in Store), which makes very large files slow here only: the
     * 100 000-row figure is measured by the bench harness, not in CI.
     */
    @Test
    void aLargeFileIsImportedInBatchesThroughTheTenantsQuota() {
        String owner = Api.newTenant();
        int rows = 20_000;
        StringBuilder csv = new StringBuilder("responseId,kind,score,stageKey\n");
        for (int i = 0; i < rows; i++) {
            csv.append("bulk-").append(i).append(",NPS,").append(7 + i % 4).append(",stage-").append(i % 4).append('\n');
            if (i % 1_000 == 999) {   // a row repeated in the next batch, which may be stored at the same time
                csv.append("bulk-").append(i - 1).append(",NPS,0,stage-0\n");
            }
        }
        JsonPath result = imported(owner, "?type=responses", "text/csv", csv.toString());
        assertThat(result.getString("status")).isEqualTo("DONE");
        assertThat(result.getLong("rows")).isEqualTo(rows + rows / 1_000);
        assertThat(result.getLong("duplicates")).isEqualTo(rows / 1_000);
        assertThat(result.getLong("accepted")).isEqualTo(rows);
        assertThat(result.getLong("rejected")).isZero();
        // scores 7, 8, 9, 10 in turn: half promoters, half passives, no detractor → NPS = 50
        JsonPath summary = as(owner, "viewer").get("/feedback/summary").then().statusCode(200).extract().jsonPath();
        assertThat(summary.getInt("responses")).isEqualTo(rows);
        assertThat(summary.getDouble("nps")).isEqualTo(50.0);
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingIsStored() {
        String owner = Api.newTenant();
        String csv = "responseId,kind,score\nx-1,NPS,9\n";
        upload(owner, "text/csv", csv).post("/imports").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("type"));
        upload(owner, "text/csv", csv).post("/imports?type=surveys").then().statusCode(400);
        upload(owner, "text/csv", csv).post("/imports?type=responses&map=password:score").then().statusCode(400)
                .body("errors[0].message", containsString("not a field"));
        upload(owner, "text/csv", csv).post("/imports?type=responses&map=score:Rating").then().statusCode(400)
                .body("errors[0].message", containsString("'Rating'"));
        upload(owner, "text/csv", "").post("/imports?type=responses").then().statusCode(400);
        upload(owner, "application/pdf", csv).post("/imports?type=responses").then().statusCode(415)
                .contentType("application/problem+json");
        as(owner, "viewer").contentType("text/csv").body(csv.getBytes()).post("/imports?type=responses").then().statusCode(403);
        given().contentType("text/csv").body(csv.getBytes()).post("/imports?type=responses").then().statusCode(401);
        assertThat(as(owner, "viewer").get("/imports").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
        assertThat(as(owner, "viewer").get("/responses").then().extract().jsonPath().getList("items")).isEmpty();
    }

    @jakarta.inject.Inject
    io.trailmap.feedback.service.Store store;

    @jakarta.inject.Inject
    io.trailmap.feedback.imports.FeedbackImports imports;

    @Test
    void anImportWhoseReplicaWentAwayIsMarkedFailedAndARunningOneIsNot() {
        java.util.function.BiFunction<String, Instant, String> running = (id, saved) -> {
            store.imports().insertOne(new org.bson.Document("_id", id).append("tenant", tenant).append("type", "RESPONSES")
                    .append("format", "CSV").append("status", "RUNNING").append("rows", 500L).append("errors", List.of())
                    .append("createdAt", java.util.Date.from(saved)).append("updatedAt", java.util.Date.from(saved)));
            return id;
        };
        String abandoned = running.apply(java.util.UUID.randomUUID().toString(), Instant.now().minus(Duration.ofMinutes(6)));
        String busy = running.apply(java.util.UUID.randomUUID().toString(), Instant.now().minus(Duration.ofSeconds(20)));
        imports.failAbandoned();
        as(tenant, "viewer").get("/imports/" + abandoned).then().statusCode(200).body("status", is("FAILED"))
                .body("failure", containsString("post the file again")).body("rows", is(500));
        as(tenant, "viewer").get("/imports/" + busy).then().statusCode(200).body("status", is("RUNNING"));
    }

    @Test
    void anotherTenantCannotSeeAnImport() {
        String id = upload(tenant, "text/csv", "responseId,kind,score\nmine,NPS,9\n")
                .post("/imports?type=responses").then().statusCode(202).extract().path("id");
        as(Api.newTenant(), "admin").get("/imports/" + id).then().statusCode(404).contentType("application/problem+json");
        as(tenant, "ingest").get("/imports/" + id).then().statusCode(200).body("id", is(id));
    }

    @Test
    void importsAreListedNewestFirstPageByPageThroughTheCursor() {
        String owner = Api.newTenant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(imported(owner, "?type=responses", "text/csv", "responseId,kind,score\nlist-" + i + ",NPS,9\n").getString("id"));
        }
        List<String> newestFirst = List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));

        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = as(owner, "viewer").queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/imports").then().statusCode(200).extract().jsonPath();
            listed.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(listed).isEqualTo(newestFirst);

        as(owner, "viewer").get("/imports?cursor=not-a-cursor").then().statusCode(400).body("errors[0].field", is("cursor"));
    }
}
