package io.trailmap.touchpoint.service;

import io.trailmap.common.ratelimit.TenantQuota;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Each tenant's quota of ingested interactions (items of POST /interactions, per replica). */
@ApplicationScoped
public class IngestionQuota {

    private final TenantQuota quota;

    public IngestionQuota(@ConfigProperty(name = "trailmap.ingest.quota.events-per-second") long perSecond,
                          @ConfigProperty(name = "trailmap.ingest.quota.burst") long burst) {
        this.quota = new TenantQuota("interactions", perSecond, burst);
    }

    void take(String tenant, int events) {
        quota.take(tenant, events);
    }
}
