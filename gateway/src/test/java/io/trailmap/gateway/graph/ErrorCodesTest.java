package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.trailmap.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Every kind of GraphQL error answers the {@code extensions.code} a frontend switches on, one test per code. */
@QuarkusTest
class ErrorCodesTest {

    private static final String J = "11111111-1111-1111-1111-111111111111";
    private static final String PUBLISH = "mutation { publishJourney(id: \"" + J + "\") { id } }";

    @BeforeEach
    void noStubs() {
        ServicesStub.server.resetAll();
    }

    private static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return given().header("Authorization", TestTokens.bearer("acme", "editor")).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    /** The publish mutation, answered by journey-service with {@code status} and a problem saying {@code detail}. */
    private static ValidatableResponse publishAnswered(int status, String detail, String... headers) {
        var answer = aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
        for (int i = 0; i < headers.length; i += 2) {
            answer = answer.withHeader(headers[i], headers[i + 1]);
        }
        ServicesStub.server.stubFor(post(urlPathEqualTo("/journeys/" + J + "/publish")).willReturn(answer));
        return graphql(PUBLISH, Map.of()).body("data.publishJourney", nullValue());
    }

    @Test
    void aTokenTheServiceRefusesIsUnauthenticated() {
        publishAnswered(401, "The token expired").body("errors[0].extensions.code", is("UNAUTHENTICATED"));
    }

    @Test
    void aRoleTheServiceRefusesIsForbidden() {
        publishAnswered(403, "Publishing needs the editor role").body("errors[0].extensions.code", is("FORBIDDEN"))
                .body("errors[0].message", containsString("editor role"));
    }

    @Test
    void somethingMissingIsNotFound() {
        publishAnswered(404, "No journey " + J).body("errors[0].extensions.code", is("NOT_FOUND"));
    }

    @Test
    void inputTheServiceRefusesIsBadUserInput() {
        publishAnswered(422, "A journey needs a stage to be published").body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("needs a stage"));
    }

    @Test
    void aVariableOfTheWrongTypeIsBadUserInput() {
        graphql("query Page($first: Int) { journeys(first: $first) { edges { node { id } } } }", Map.of("first", "ten"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("first"));
    }

    @Test
    void aStateThatForbidsTheChangeIsAConflict() {
        publishAnswered(409, "The journey is archived").body("errors[0].extensions.code", is("CONFLICT"));
    }

    @Test
    void aFailingServiceIsUnavailable() {
        publishAnswered(503, "Down for maintenance").body("errors[0].extensions.code", is("UNAVAILABLE"));
    }

    @Test
    void aServiceSlowerThanTheTimeoutIsUnavailable() {
        ServicesStub.server.stubFor(post(urlPathEqualTo("/journeys/" + J + "/publish")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}").withFixedDelay(3000)));
        graphql(PUBLISH, Map.of()).body("data.publishJourney", nullValue())
                .body("errors[0].extensions.code", is("UNAVAILABLE"))
                .body("errors[0].message", is("journey-service is unavailable"));
    }

    @Test
    void aSpentQuotaIsRateLimitedWithTheSecondsToWait() {
        publishAnswered(429, "Quota spent", "Retry-After", "7")
                .body("errors[0].extensions.code", is("RATE_LIMITED"))
                .body("errors[0].extensions.retryAfter", is(7))
                .body("errors[0].message", containsString("retry after 7 s"));
    }

    @Test
    void aDocumentThatDoesNotParseIsParseFailed() {
        graphql("{ journeys { edges { node { id }", Map.of()).body("data", nullValue())
                .body("errors[0].extensions.code", is("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("Invalid syntax"))
                .body("errors[0].locations[0].line", is(1));
    }

    @Test
    void aFieldTheSchemaDoesNotHaveIsValidationFailed() {
        graphql("{ journeys { edges { node { colour } } } }", Map.of()).body("data", nullValue())
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("colour"));
    }

    @Test
    void aDocumentPastTheComplexityLimitIsValidationFailed() {
        StringBuilder flood = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            flood.append(" a").append(i).append(": personas { edges { node { id name } } }");
        }
        graphql(flood.append(" }").toString(), Map.of()).body("data", nullValue())
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsStringIgnoringCase("complexity"));
    }
}
