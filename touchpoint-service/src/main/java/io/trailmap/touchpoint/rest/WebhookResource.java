package io.trailmap.touchpoint.rest;

import io.trailmap.webhooks.postgres.PostgresWebhookStore;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.webhooks.WebhookConfig;
import io.trailmap.webhooks.WebhookEndpoints;
import io.trailmap.webhooks.WebhookSubscriptions;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.Set;

/** Outbound webhooks of touchpoint-service, managed by a tenant's admins. */
@Path("/webhooks")
@Tag(name = "Webhooks", description = "Signed outbound events (Standard Webhooks) with retries and a delivery log: customer.erased")
public class WebhookResource extends WebhookEndpoints {

    /** The events this service produces. */
    public static final Set<String> EVENT_TYPES = Set.of("customer.erased");

    public WebhookResource(PostgresWebhookStore store, WebhookConfig config, CurrentTenant tenant, Clock clock) {
        super(new WebhookSubscriptions(store, config, clock, EVENT_TYPES, "touchpoint-service"), store, tenant, clock);
    }
}
