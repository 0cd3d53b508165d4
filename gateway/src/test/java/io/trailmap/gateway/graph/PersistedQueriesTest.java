package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Automatic Persisted Queries as Apollo clients speak them: the hash alone, then the document with its hash once. */
@QuarkusTest
class PersistedQueriesTest {

    @BeforeEach
    void personas() {
        ServicesStub.server.resetAll();
        ServicesStub.server.stubFor(get(urlPathEqualTo("/personas")).willReturn(okJson(
                "{\"items\":[{\"id\":\"33333333-3333-3333-3333-333333333333\",\"name\":\"Emma\",\"segment\":\"B2C\"}],\"nextCursor\":null}")));
    }

    private static ValidatableResponse send(Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON)
                .body(body).post("/graphql").then();
    }

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    @Test
    void anUnknownHashIsPersistedQueryNotFoundThenTheDocumentSentOnceServesTheHashAlone() {
        // a document no other test sends, so the store cannot know it yet
        String query = "query EmmaByHash { personas(first: 7) { edges { node { name } } } }";
        String hash = GraphQLDocuments.sha256(query);

        send(Map.of("extensions", persisted(hash))).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", is("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_FOUND"));
        ServicesStub.server.verify(0, anyRequestedFor(anyUrl()));

        send(Map.of("query", query, "extensions", persisted(hash))).statusCode(200)
                .body("errors", nullValue()).body("data.personas.edges[0].node.name", is("Emma"));
        send(Map.of("extensions", persisted(hash), "operationName", "EmmaByHash")).statusCode(200)
                .body("errors", nullValue()).body("data.personas.edges[0].node.name", is("Emma"));
        ServicesStub.server.verify(2, getRequestedFor(urlPathEqualTo("/personas")));
    }

    @Test
    void aDocumentSentWithoutAHashCanBeAskedForByItsHashLater() {
        String query = "{ personas(first: 3) { edges { node { name } } } }";
        send(Map.of("query", query)).statusCode(200).body("data.personas.edges[0].node.name", is("Emma"));
        send(Map.of("extensions", persisted(GraphQLDocuments.sha256(query)), "variables", Map.of())).statusCode(200)
                .body("data.personas.edges[0].node.name", is("Emma"));
    }

    @Test
    void aHashOfAnotherDocumentOrAnUnknownVersionIsRefusedAndNothingIsStored() {
        String query = "{ personas(first: 4) { edges { node { id } } } }";
        String other = GraphQLDocuments.sha256("{ personas { edges { node { name } } } }");
        send(Map.of("query", query, "extensions", persisted(other))).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not the SHA-256 of the query"));
        send(Map.of("query", query, "extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", GraphQLDocuments.sha256(query)))))
                .statusCode(400).body("detail", containsString("version must be 1"));
        send(Map.of("extensions", persisted("ABC"))).statusCode(400).body("detail", containsString("64 lower-case hex digits"));
        send(Map.of("query", 5, "extensions", persisted(other))).statusCode(400).body("detail", containsString("\"query\" must be a string"));
        ServicesStub.server.verify(0, anyRequestedFor(anyUrl()));
    }
}
