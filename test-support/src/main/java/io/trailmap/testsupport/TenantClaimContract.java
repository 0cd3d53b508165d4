package io.trailmap.testsupport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code tenant} claim of a signed token must be a tenant id (a string of the form in
 * {@code TenantClaim}); a token whose claim is anything else is a 401 problem+json on every operation
 * of the service's OpenAPI document and writes nothing — neither into a tenant named by the claim's
 * text nor into the tenant it resembles. Extend in a {@code @QuarkusTest}.
 */
public abstract class TenantClaimContract {

    /** Creates one record (e.g. {@code POST /personas}) with the given caller. */
    protected abstract Response create(RequestSpecification caller);

    /** The ids of the records the caller's tenant lists (e.g. {@code GET /personas} → {@code items.id}). */
    protected abstract List<String> listed(RequestSpecification caller);

    private static RequestSpecification caller(JsonValue tenantClaim) {
        return given().header("Authorization", "Bearer " + TestTokens.withTenantClaim(tenantClaim, "admin"))
                .contentType("application/json");
    }

    @Test
    void everyOperationRefusesATokenWhoseTenantClaimIsNoTenantId() {
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, JsonValue> claim : TestTokens.tenantClaimsThatAreNoTenantId("acme").entrySet()) {
            for (String operation : OpenApiOperations.list()) {
                Response response = OpenApiOperations.call(caller(claim.getValue()), operation);
                if (response.statusCode() != 401 || !response.contentType().startsWith("application/problem+json")) {
                    accepted.add(operation + " with " + claim.getKey() + " → " + response.statusCode() + " " + response.contentType());
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void aTokenWhoseTenantClaimIsNoTenantIdWritesNothing() {
        String tenant = "claim-" + UUID.randomUUID().toString().substring(0, 8);
        for (Map.Entry<String, JsonValue> claim : TestTokens.tenantClaimsThatAreNoTenantId(tenant).entrySet()) {
            Response refused = create(caller(claim.getValue()));
            assertThat(refused.statusCode()).as(claim.getKey()).isEqualTo(401);
            assertThat(refused.contentType()).as(claim.getKey()).startsWith("application/problem+json");
            assertThat(refused.header("WWW-Authenticate")).as(claim.getKey()).isEqualTo("Bearer");
        }
        assertThat(listed(caller(Json.createValue(tenant)))).as("what the refused tokens left in " + tenant).isEmpty();
        // the same request with the tenant's own claim does write: the refusals above were the claim's
        assertThat(create(caller(Json.createValue(tenant))).statusCode()).isBetween(200, 299);
        assertThat(listed(caller(Json.createValue(tenant)))).hasSize(1);
    }
}
