package io.trailmap.common.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** The tenant of the caller of this request, taken from its verified token. */
@RequestScoped
public class CurrentTenant {

    private final JsonWebToken jwt;

    public CurrentTenant(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    /** The caller's tenant; a request without one never gets this far (see the identity augmentor). */
    public String id() {
        return TenantClaim.of(jwt).orElseThrow(UnauthorizedException::new);
    }

    /** Who is calling (the token's subject), for audit fields such as a note's author. */
    public String subject() {
        return jwt.getSubject();
    }

    /** The caller's tenant, or empty outside an authenticated request. */
    public Optional<String> find() {
        return TenantClaim.of(jwt);
    }
}
