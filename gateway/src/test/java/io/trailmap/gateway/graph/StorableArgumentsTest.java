package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Text the services cannot store (U+0000, unpaired surrogates) in GraphQL arguments — variables or
 * literals of the document — is BAD_USER_INPUT from the gateway itself: no service is called.
 */
@QuarkusTest
class StorableArgumentsTest {

    private static final String CREATE = "mutation($input: JourneyInput!) { createJourney(input: $input) { id } }";

    @BeforeEach
    void noStubs() {
        ServicesStub.server.resetAll();
    }

    private static io.restassured.response.ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return given().header("Authorization", TestTokens.bearer("acme", "editor")).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    private static void noServiceWasCalled() {
        ServicesStub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aNulInAVariableDeepInAnInputIsBadUserInputNamingItsPath() {
        Map<String, Object> input = Map.of("name", "Webshop", "mapType", "CURRENT_STATE", "segment", "B2C",
                "stages", List.of(Map.of("name", "Aware", "phase", "AWARENESS"),
                        Map.of("name", "Buy", "phase", "PURCHASE", "actions", List.of("pays", "wai\u0000ts"))));

        graphql(CREATE, Map.of("input", input)).body("data.createJourney", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].path", is(List.of("createJourney")))
                .body("errors[0].message", is("input.stages[1].actions[1]: contains U+0000 (NUL) at character 4, which cannot be stored"));
        noServiceWasCalled();
    }

    @Test
    void anUnpairedSurrogateInAVariableIsBadUserInput() {
        graphql("query($id: ID!) { journey(id: $id) { id } }", Map.of("id", "j\uDC00")).body("data.journey", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", is("id: contains an unpaired UTF-16 surrogate (U+DC00) at character 2, which is not Unicode text"));
        noServiceWasCalled();
    }

    @Test
    void aNulWrittenInTheDocumentIsBadUserInputToo() {
        graphql("mutation { createPersona(input: {name: \"Hel\\u0000ena\", segment: B2B}) { id } }", Map.of())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", is("input.name: contains U+0000 (NUL) at character 4, which cannot be stored"));
        graphql("{ funnel(journeyId: \"11111111-1111-1111-1111-111111111111\", stages: [\"aware\", \"\\u0000\"]) { stages { stageKey } } }",
                Map.of()).body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", is("stages[1]: contains U+0000 (NUL) at character 1, which cannot be stored"));
        noServiceWasCalled();
    }

    @Test
    void aNulInTheMapPicturesPathIs400ProblemJson() {
        given().header("Authorization", TestTokens.bearer("acme", "viewer")).urlEncodingEnabled(false)
                .get("/journeys/%00/map.svg").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("id"));
        noServiceWasCalled();
    }
}
