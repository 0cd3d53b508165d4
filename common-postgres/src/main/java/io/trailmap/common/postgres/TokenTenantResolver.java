package io.trailmap.common.postgres;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.trailmap.common.security.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;

/**
 * Feeds Hibernate's {@code @TenantId} discriminator with the caller's tenant, so every query
 * of a tenant-owned entity is confined to it and every insert is stamped with it.
 */
@PersistenceUnitExtension
@RequestScoped
public class TokenTenantResolver implements TenantResolver {

    /** Matches no real tenant (tenant claims are validated): work outside a request sees nothing. */
    static final String NO_TENANT = "\u0000none";

    private final CurrentTenant currentTenant;

    public TokenTenantResolver(CurrentTenant currentTenant) {
        this.currentTenant = currentTenant;
    }

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return currentTenant.find().orElse(NO_TENANT);
    }
}
