package io.trailmap.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Applies Trailmap's token rules once, after SmallRye JWT has verified the signature: a token
 * must name its tenant, and granted roles are expanded to the roles they imply.
 */
@ApplicationScoped
public class TrailmapIdentityAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || TenantClaim.of(jwt).isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token's tenant claim is missing or not a tenant id"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addRoles(Roles.expand(identity.getRoles()))
                .build());
    }
}
