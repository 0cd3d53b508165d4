package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.trailmap.testsupport.Eventually;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.trailmap.feedback.rest.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * Text that cannot be stored as it was sent — U+0000 (MongoDB refuses it in field names) and unpaired
 * surrogates (the driver writes bytes that are not UTF-8 and reads back U+FFFD) — in a path, a query,
 * a body or an imported file is refused, naming where it is, and nothing of it is stored. (JSON bodies
 * carry escapes, as a client's JSON library writes them.)
 */
@QuarkusTest
class UnstorableTextTest {

    private final String tenant = Api.newTenant();

    @Test
    void aNulDeliveryIdToRedeliverIs400AndTheLogStaysEmpty() {
        String subscription = as(tenant, "admin").body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("review.negative")))
                .post("/webhooks").then().statusCode(201).extract().path("id");

        as(tenant, "admin").urlEncodingEnabled(false).post("/webhooks/" + subscription + "/deliveries/%00/redeliver")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("deliveryId"))
                .body("errors[0].message", is("contains U+0000 (NUL) at character 1, which cannot be stored"));
        as(tenant, "admin").get("/webhooks/" + subscription + "/deliveries").then().statusCode(200).body("items", empty());
    }

    @Test
    void aNulInAQueryParameterOrInTheCustomerToEraseIs400AndNoErasureIsRecorded() {
        as(tenant, "viewer").urlEncodingEnabled(false).get("/responses?customerId=c%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("customerId"))
                .body("errors[0].message", is("contains U+0000 (NUL) at character 2, which cannot be stored"));
        as(tenant, "admin").urlEncodingEnabled(false).delete("/customers/%00").then().statusCode(400)
                .body("errors[0].field", is("customerId"));
        as(tenant, "admin").get("/audit/erasures").then().statusCode(200).body("items", empty());
    }

    @Test
    void aNulInACommentOrInAnAnswersKeyIs400AndNoResponseIsStored() {
        as(tenant, "ingest").body("{\"responseId\":\"r-1\",\"kind\":\"NPS\",\"score\":3,\"comment\":\"Slow\\u0000\"}").post("/responses")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("comment"))
                .body("errors[0].message", is("contains U+0000 (NUL) at character 5, which cannot be stored"));
        as(tenant, "ingest").body("[{\"responseId\":\"r-2\",\"kind\":\"CSAT\",\"score\":2,\"answers\":{\"wait\\u0000\":\"long\"}}]")
                .post("/responses").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("[0].answers"))
                .body("errors[0].message", is("has a key that contains U+0000 (NUL) at character 5, which cannot be stored"));
        as(tenant, "viewer").get("/responses").then().statusCode(200).body("items", empty());
        as(tenant, "viewer").get("/follow-ups").then().statusCode(200).body("items", empty());
    }

    @Test
    void anUnpairedSurrogateInASurveyOptionsTextIs400AndNoSurveyIsStored() {
        as(tenant, "editor").body("{\"name\":\"Visit\",\"kind\":\"CUSTOM\",\"questions\":[{\"key\":\"mood\",\"type\":\"CHOICE\","
                        + "\"texts\":{\"en\":\"How was it?\"},\"options\":[{\"key\":\"ok\",\"texts\":{\"en\":\"Fine \\uD83D\"}}]}]}")
                .post("/surveys").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("questions[0].options[0].texts.en"))
                .body("errors[0].message", is("contains an unpaired UTF-16 surrogate (U+D83D) at character 6, which is not Unicode text"));
        as(tenant, "viewer").get("/surveys").then().statusCode(200).body("items", empty());
    }

    private JsonPath imported(String query, String contentType, String file) {
        String location = as(tenant, "ingest").contentType(contentType).body(file.getBytes(StandardCharsets.UTF_8)).post("/imports" + query)
                .then().statusCode(202).extract().header("Location");
        return Eventually.until(() -> as(tenant, "viewer").get(location).then().statusCode(200).extract().jsonPath(),
                progress -> !progress.getString("status").equals("RUNNING"), Duration.ofMinutes(2), "the import to finish");
    }

    @Test
    void anImportedRowWithUnstorableTextIsRejectedAtItsLineAndTheOthersAreStored() {
        String ndjson = """
                {"responseId":"n-1","kind":"NPS","score":9,"comment":"Quick and kind"}
                {"responseId":"n-2","kind":"NPS","score":2,"comment":"Rude\\u0000"}
                {"responseId":"n-3","kind":"NPS","score":4,"answers":{"\\uDC00":"x"}}
                """;
        JsonPath ndjsonImport = imported("?type=responses", "application/x-ndjson", ndjson);
        assertThat(ndjsonImport.getString("status")).isEqualTo("DONE");
        assertThat(ndjsonImport.getLong("accepted")).isEqualTo(1);
        assertThat(ndjsonImport.getLong("rejected")).isEqualTo(2);
        assertThat(ndjsonImport.getList("errors.line", Integer.class)).containsExactly(2, 3);
        assertThat(ndjsonImport.getList("errors.field", String.class)).containsExactly("comment", "answers");
        assertThat(ndjsonImport.getList("errors.message", String.class)).containsExactly(
                "contains U+0000 (NUL) at character 5, which cannot be stored",
                "has a key that contains an unpaired UTF-16 surrogate (U+DC00) at character 1, which is not Unicode text");

        String csv = "Response ID,Kind,Score,Comment\nc-1,CSAT,5,Lovely\nc-2,CSAT,1,Br\u0000oken till\n";
        JsonPath csvImport = imported("?type=responses&map=responseId:Response ID&map=kind:Kind&map=score:Score&map=comment:Comment",
                "text/csv", csv);
        assertThat(csvImport.getLong("accepted")).isEqualTo(1);
        assertThat(csvImport.getList("errors.line", Integer.class)).containsExactly(3);
        assertThat(csvImport.getList("errors.field", String.class)).containsExactly("comment");

        assertThat(as(tenant, "viewer").get("/responses").then().statusCode(200).extract().<List<String>>path("items.responseId"))
                .containsExactlyInAnyOrder("n-1", "c-1");
    }
}
