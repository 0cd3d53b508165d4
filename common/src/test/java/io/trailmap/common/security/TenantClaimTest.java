package io.trailmap.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.build.Jwt;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens signed here and verified by SmallRye JWT, as the services do, with every shape a tenant claim can take. */
class TenantClaimTest {

    private static KeyPair keys;

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    private static Optional<String> tenantOf(JsonValue claim) throws Exception {
        JsonObjectBuilder claims = Json.createObjectBuilder().add("iss", "https://trailmap.test/issuer").add("sub", "someone")
                .add("exp", System.currentTimeMillis() / 1000 + 600);
        if (claim != null) {
            claims.add(TenantClaim.NAME, claim);
        }
        String token = Jwt.claims(claims.build()).sign(keys.getPrivate());
        JsonWebToken verified = new DefaultJWTParser().verify(token, keys.getPublic());
        return TenantClaim.of(verified);
    }

    private static JsonValue string(String value) {
        return Json.createValue(value);
    }

    @Test
    void aTenantIdAsAStringIsTheTenant() throws Exception {
        assertThat(tenantOf(string("acme"))).contains("acme");
        assertThat(tenantOf(string("t-1a2b3c4d"))).contains("t-1a2b3c4d");
        assertThat(tenantOf(string("eu.acme_2"))).contains("eu.acme_2");
        assertThat(tenantOf(string("0"))).contains("0");
        assertThat(tenantOf(string("a".repeat(64)))).contains("a".repeat(64));
    }

    @Test
    void aClaimThatIsNoStringNamesNoTenant() throws Exception {
        assertThat(tenantOf(Json.createArrayBuilder().add("acme").add("globex").build())).isEmpty();
        assertThat(tenantOf(Json.createArrayBuilder().add("acme").build())).isEmpty();
        assertThat(tenantOf(Json.createObjectBuilder().add("id", "acme").build())).isEmpty();
        assertThat(tenantOf(Json.createValue(42))).isEmpty();
        assertThat(tenantOf(JsonValue.TRUE)).isEmpty();
        assertThat(tenantOf(JsonValue.NULL)).isEmpty();
        assertThat(tenantOf(null)).isEmpty();
    }

    @Test
    void aStringOutsideTheTenantIdFormNamesNoTenant() throws Exception {
        assertThat(tenantOf(string("  acme  "))).isEmpty();
        assertThat(tenantOf(string("acme "))).isEmpty();
        assertThat(tenantOf(string("Acme"))).isEmpty();
        assertThat(tenantOf(string("ACME"))).isEmpty();
        assertThat(tenantOf(string("a".repeat(65)))).isEmpty();
        assertThat(tenantOf(string("ac\u0000me"))).isEmpty();
        assertThat(tenantOf(string(""))).isEmpty();
        assertThat(tenantOf(string("-acme"))).isEmpty();
        assertThat(tenantOf(string(".."))).isEmpty();
        assertThat(tenantOf(string("acme/globex"))).isEmpty();
        assertThat(tenantOf(string("[\"acme\",\"globex\"]"))).isEmpty();
        assertThat(tenantOf(string("acmé"))).isEmpty();
    }
}
