package io.trailmap.demo;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bearer tokens for a local run, signed with the local key pair; the services verify them with its public key. */
public final class LocalTokens {

    /** The issuer the services expect outside dev/test (their `mp.jwt.verify.issuer` default). */
    public static final String ISSUER = "https://trailmap.local/issuer";
    public static final List<String> ROLES = List.of("viewer", "editor", "ingest", "admin");

    private final PrivateKey key;
    private final String issuer;

    public LocalTokens(LocalKeys keys, String issuer) throws IOException {
        this.key = keys.privateKey();
        this.issuer = issuer;
    }

    public String token(String tenant, String role, Duration validity) {
        return token(tenant, Set.of(role), validity);
    }

    /** A token with several roles (e.g. a service account that ingests and reads). */
    public String token(String tenant, Set<String> roles, Duration validity) {
        return Jwt.issuer(issuer).subject(String.join("+", new java.util.TreeSet<>(roles)) + "@" + tenant).groups(roles)
                .claim("tenant", tenant).expiresIn(validity).sign(key);
    }

    /** One token per role, in the order viewer, editor, ingest, admin. */
    public Map<String, String> perRole(String tenant, Duration validity) {
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach(role -> tokens.put(role, token(tenant, role, validity)));
        return tokens;
    }
}
