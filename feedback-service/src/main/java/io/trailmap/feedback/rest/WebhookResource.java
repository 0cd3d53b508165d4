package io.trailmap.feedback.rest;

import io.trailmap.common.security.CurrentTenant;
import io.trailmap.webhooks.WebhookConfig;
import io.trailmap.webhooks.WebhookEndpoints;
import io.trailmap.webhooks.WebhookSubscriptions;
import io.trailmap.feedback.webhook.FeedbackEvents;
import io.trailmap.webhooks.mongo.MongoWebhookStore;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/** Outbound webhooks of feedback-service, managed by a tenant's admins. */
@Path("/webhooks")
@Tag(name = "Webhooks", description = "Signed outbound events (Standard Webhooks) with retries and a delivery log: feedback.detractor,"
        + " followup.opened, followup.overdue, followup.resolved, review.negative, customer.erased")
public class WebhookResource extends WebhookEndpoints {

    public WebhookResource(MongoWebhookStore store, WebhookConfig config, CurrentTenant tenant, Clock clock) {
        super(new WebhookSubscriptions(store, config, clock, FeedbackEvents.TYPES, "feedback-service"), store, tenant, clock);
    }
}
