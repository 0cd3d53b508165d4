package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** The `prod` profile: no introspection; and the depth limit is configuration. */
@QuarkusTest
@TestProfile(GraphQLProdProfileTest.Prod.class)
class GraphQLProdProfileTest {

    public static class Prod implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.issuer", "https://trailmap.test/issuer",
                    "mp.jwt.verify.publickey.location", "trailmap-test-keys/test-only-publicKey.pem",
                    "quarkus.smallrye-graphql.instrumentation-query-depth", "4");
        }
    }

    private static io.restassured.response.ValidatableResponse graphql(String query) {
        return given().header("Authorization", TestTokens.bearer("acme", "viewer")).contentType(ContentType.JSON)
                .body(Map.of("query", query)).post("/graphql").then().statusCode(200);
    }

    @Test
    void introspectionIsOff() {
        graphql("{ __schema { types { name } } }").body("data", nullValue())
                .body("errors[0].message", containsStringIgnoringCase("__schema"));
        graphql("{ __type(name: \"Journey\") { fields { name } } }").body("data.__type", nullValue());
    }

    @Test
    void queriesDeeperThanTheConfiguredDepthAreRejectedBeforeAnyCall() {
        ServicesStub.server.resetAll();
        ServicesStub.server.stubFor(get(urlPathEqualTo("/personas")).willReturn(okJson(
                "{\"items\":[{\"id\":\"p1\",\"name\":\"Emma\",\"segment\":\"B2C\"}],\"nextCursor\":null}")));
        graphql("{ personas { edges { node { name } } } }").body("errors", nullValue()).body("data.personas.edges[0].node.name", is("Emma"));

        graphql("{ journeys { edges { node { stages { key } } } } }").body("data", nullValue())
                .body("errors[0].message", containsStringIgnoringCase("depth"));
        ServicesStub.server.verify(0, getRequestedFor(urlPathEqualTo("/journeys")));
    }
}
