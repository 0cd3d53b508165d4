package io.trailmap.testsupport;

import io.smallrye.jwt.build.Jwt;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mints RS256 tokens signed by the TEST-ONLY key pair in {@code trailmap-test-keys/}; services'
 * test profiles verify them with the matching public key and issuer {@link #ISSUER}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://trailmap.test/issuer";
    public static final String PRIVATE_KEY = "trailmap-test-keys/test-only-privateKey.pem";

    private TestTokens() {
    }

    public static String token(String tenant, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject("user-of-" + tenant)
                .groups(Set.of(roles))
                .claim("tenant", tenant)
                .expiresIn(Duration.ofHours(1))
                .sign(PRIVATE_KEY);
    }

    public static String bearer(String tenant, String... roles) {
        return "Bearer " + token(tenant, roles);
    }

    public static String withoutTenant(String... roles) {
        return Jwt.issuer(ISSUER).subject("nobody").groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1)).sign(PRIVATE_KEY);
    }

    /**
     * A token whose {@code tenant} claim is the given JSON value as it is — an array, an object, a number,
     * a padded string, JSON null — or absent when {@code tenant} is null.
     */
    public static String withTenantClaim(JsonValue tenant, String... roles) {
        JsonObjectBuilder claims = Json.createObjectBuilder().add("iss", ISSUER).add("sub", "odd-tenant")
                .add("groups", Json.createArrayBuilder(List.of(roles)))
                .add("exp", System.currentTimeMillis() / 1000 + 3600);
        if (tenant != null) {
            claims.add("tenant", tenant);
        }
        return Jwt.claims(claims.build()).sign(PRIVATE_KEY);
    }

    /** Every shape a tenant claim can take that is no tenant id, each made from {@code tenant}, by name; null: no claim. */
    public static Map<String, JsonValue> tenantClaimsThatAreNoTenantId(String tenant) {
        Map<String, JsonValue> claims = new LinkedHashMap<>();
        claims.put("an array", Json.createArrayBuilder().add(tenant).add("globex").build());
        claims.put("a one-element array", Json.createArrayBuilder().add(tenant).build());
        claims.put("an object", Json.createObjectBuilder().add("id", tenant).build());
        claims.put("a number", Json.createValue(42));
        claims.put("a boolean", JsonValue.TRUE);
        claims.put("JSON null", JsonValue.NULL);
        claims.put("a padded string", Json.createValue("  " + tenant + "  "));
        claims.put("an upper-case string", Json.createValue(tenant.toUpperCase()));
        claims.put("a string of 65 characters", Json.createValue("a".repeat(65)));
        claims.put("a string with NUL", Json.createValue(tenant + "\u0000"));
        claims.put("an empty string", Json.createValue(""));
        claims.put("no claim", null);
        return claims;
    }

    public static String expired(String tenant, String... roles) {
        long past = System.currentTimeMillis() / 1000 - 7200;
        return Jwt.issuer(ISSUER).subject("late").groups(Set.of(roles)).claim("tenant", tenant)
                .issuedAt(past - 60).expiresAt(past).sign(PRIVATE_KEY);
    }

    public static String wrongIssuer(String tenant, String... roles) {
        return Jwt.issuer("https://elsewhere.example").subject("x").groups(Set.of(roles))
                .claim("tenant", tenant).expiresIn(Duration.ofHours(1)).sign(PRIVATE_KEY);
    }
}
