package io.trailmap.common.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Reads the {@code tenant} claim that confines every read and write of a caller. */
public final class TenantClaim {

    public static final String NAME = "tenant";
    static final int MAX_LENGTH = 64;

    private TenantClaim() {
    }

    public static Optional<String> of(JsonWebToken jwt) {
        Object value = jwt.getClaim(NAME);
        if (value == null) {
            return Optional.empty();
        }
        String tenant = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        tenant = tenant.strip();
        if (tenant.isEmpty() || tenant.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(tenant);
    }
}
