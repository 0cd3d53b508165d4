package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.trailmap.testsupport.TestTokens;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A token whose tenant claim is no tenant id is a 401 problem+json for GraphQL and the map picture, and reaches no service. */
@QuarkusTest
class TenantClaimTest {

    @BeforeEach
    void noStubs() {
        ServicesStub.server.resetAll();
    }

    @Test
    void everyShapeOfClaimThatIsNoTenantIdIsRefusedBeforeAnyServiceIsCalled() {
        for (Map.Entry<String, JsonValue> claim : TestTokens.tenantClaimsThatAreNoTenantId("acme").entrySet()) {
            String bearer = "Bearer " + TestTokens.withTenantClaim(claim.getValue(), "admin");
            Response graphql = given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .body(Map.of("query", "mutation { createPersona(input: {name: \"Helena\", segment: B2B}) { id } }"))
                    .post("/graphql");
            Response picture = given().header("Authorization", bearer).get("/journeys/11111111-1111-1111-1111-111111111111/map.svg");
            for (Response refused : new Response[]{graphql, picture}) {
                assertThat(refused.statusCode()).as(claim.getKey()).isEqualTo(401);
                assertThat(refused.contentType()).as(claim.getKey()).startsWith("application/problem+json");
                assertThat(refused.jsonPath().getInt("status")).as(claim.getKey()).isEqualTo(401);
                assertThat(refused.header("WWW-Authenticate")).as(claim.getKey()).isEqualTo("Bearer");
            }
        }
        ServicesStub.server.verify(0, anyRequestedFor(anyUrl()));
    }
}
