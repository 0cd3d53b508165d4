package io.trailmap.testsupport;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
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
