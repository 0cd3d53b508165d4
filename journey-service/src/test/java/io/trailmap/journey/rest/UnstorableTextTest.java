package io.trailmap.journey.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.trailmap.journey.rest.Api.as;
import static io.trailmap.journey.rest.Api.createJourney;
import static io.trailmap.journey.rest.Api.journey;
import static io.trailmap.journey.rest.Api.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * Text PostgreSQL cannot store — U+0000 and unpaired surrogates — in a path, a query or a body is a
 * 400 naming where it is, never a 500, and nothing is written. (The bodies carry JSON escapes, as a
 * client's JSON library writes them.)
 */
@QuarkusTest
class UnstorableTextTest {

    private final String tenant = Api.newTenant();

    @Test
    void aNulDeliveryIdToRedeliverIs400AndTheLogStaysEmpty() {
        String subscription = as(tenant, "admin").body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("journey.published")))
                .post("/webhooks").then().statusCode(201).extract().path("id");

        as(tenant, "admin").urlEncodingEnabled(false).post("/webhooks/" + subscription + "/deliveries/msg%00/redeliver")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("deliveryId"))
                .body("errors[0].message", is("contains U+0000 (NUL) at character 4, which cannot be stored"));
        as(tenant, "admin").get("/webhooks/" + subscription + "/deliveries").then().statusCode(200).body("items", empty());
    }

    @Test
    void aNulInTheNameSearchIs400() {
        createJourney(tenant, journey("Onboarding", stage("Aware", "AWARENESS", 0)));
        as(tenant, "viewer").urlEncodingEnabled(false).get("/journeys?q=Onb%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("q"))
                .body("errors[0].message", is("contains U+0000 (NUL) at character 4, which cannot be stored"));
    }

    /**
     * Java's and REST Assured's HTTP clients refuse to send such a header; written on a socket, the HTTP
     * codec refuses it before any of our code runs (a bare 400, as it answers 414 and 431), so the request
     * filter's check of headers is the second line. Nothing is created.
     */
    @Test
    void aNulInAHeaderIsRefusedBeforeAnythingRuns() throws Exception {
        String body = "{\"name\":\"Header persona\",\"segment\":\"B2C\"}";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            String request = "POST /personas HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + TestTokens.bearer(tenant, "editor")
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                    + "\r\nX-Client-Note: a\u0000b\r\nConnection: close\r\n\r\n" + body;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400 ");
        }
        as(tenant, "viewer").get("/personas").then().statusCode(200).body("items", empty());
    }

    @Test
    void aNulInAStageNameIs400AndNoJourneyIsCreated() {
        as(tenant, "editor").body("{\"name\":\"Online purchase\",\"mapType\":\"CURRENT_STATE\",\"segment\":\"B2C\","
                        + "\"stages\":[{\"name\":\"Aware\",\"phase\":\"AWARENESS\"},{\"name\":\"Pay\\u0000\",\"phase\":\"PURCHASE\"}]}")
                .post("/journeys").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("stages[1].name"))
                .body("errors[0].message", is("contains U+0000 (NUL) at character 4, which cannot be stored"));
        as(tenant, "viewer").get("/journeys").then().statusCode(200).body("items", empty());
    }

    @Test
    void aKeyWithNulOrAnUnpairedSurrogateInAnEditIs400AndTheJourneyStaysAsItWas() {
        String id = createJourney(tenant, journey("Returns", stage("Aware", "AWARENESS", 1))).path("id");
        String edited = "{\"name\":\"Returns v2\",\"mapType\":\"CURRENT_STATE\",\"segment\":\"B2C\","
                + "\"stages\":[{\"name\":\"Aware\",\"phase\":\"AWARENESS\",\"emotion\":{\"score\":1,\"la\\u0000bel\":\"x\"}}]}";

        as(tenant, "editor").header("If-Match", "\"0\"").body(edited).put("/journeys/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("stages[0].emotion"))
                .body("errors[0].message", is("has a key that contains U+0000 (NUL) at character 3, which cannot be stored"));
        as(tenant, "editor").header("If-Match", "\"0\"")
                .body(edited.replace("la\\u0000bel", "label").replace("\"x\"", "\"\\uDE00 calm\""))
                .put("/journeys/" + id).then().statusCode(400).body("errors[0].field", is("stages[0].emotion.label"))
                .body("errors[0].message", is("contains an unpaired UTF-16 surrogate (U+DE00) at character 1, which is not Unicode text"));
        as(tenant, "viewer").get("/journeys/" + id).then().statusCode(200)
                .body("name", is("Returns")).body("version", is(0)).body("stages[0].emotion.label", is("feeling 1"));
    }
}
