package io.trailmap.webhooks;

import io.trailmap.common.http.QueryParams;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code /webhooks} API every event-producing service serves for its own events, to a tenant's
 * admins (on each method: a role on the subclass does not cover inherited methods); a service's
 * resource extends this with its path and event types.
 */
public abstract class WebhookEndpoints {

    /** What a client sends to subscribe. */
    public record SubscriptionInput(String url, List<String> eventTypes) {
    }

    /** A subscription as answered; the secret only in the answer to its creation. */
    public record SubscriptionView(UUID id, String url, List<String> eventTypes, boolean active, String pausedReason,
                                   int consecutiveFailures, Instant createdAt, String secret) {
        static SubscriptionView of(WebhookSubscription s, boolean withSecret) {
            return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.active(), s.pausedReason(), s.consecutiveFailures(),
                    s.createdAt(), withSecret ? s.secret() : null);
        }
    }

    /** The delivery log lists the latest deliveries of a subscription, this many. */
    static final int DELIVERY_LOG = 100;

    /** The latest deliveries, and whether older ones exist that the log does not list. */
    public record DeliveryLog(
            @Schema(description = "The latest 100 deliveries, newest first") List<WebhookDelivery> items,
            @Schema(description = "True when the subscription has older deliveries than these, which are not listed") boolean truncated) {
    }

    private final WebhookSubscriptions subscriptions;
    private final WebhookStore store;
    private final CurrentTenant tenant;
    private final Clock clock;

    protected WebhookEndpoints(WebhookSubscriptions subscriptions, WebhookStore store, CurrentTenant tenant, Clock clock) {
        this.subscriptions = subscriptions;
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Subscribe", description = "{url, eventTypes}: https and a public address (SSRF); answers the secret"
            + " (whsec_…) once — verify each delivery's webhook-signature with it.")
    public Response subscribe(@NotNull SubscriptionInput input) {
        WebhookSubscription created = subscriptions.subscribe(tenant.id(), input.url(), input.eventTypes());
        return Response.created(UriBuilder.fromPath("/webhooks/{id}").build(created.id())).entity(SubscriptionView.of(created, true)).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Operation(summary = "Subscriptions")
    public Map<String, List<SubscriptionView>> list() {
        return Map.of("items", store.subscriptions(tenant.id()).stream().map(s -> SubscriptionView.of(s, false)).toList());
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("{id}")
    @Operation(summary = "A subscription", description = "With its state: active, or paused after repeated failures (pausedReason).")
    public SubscriptionView get(@PathParam("id") String id) {
        return SubscriptionView.of(subscriptions.get(tenant.id(), QueryParams.pathId("id", id)), false);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Unsubscribe", description = "Deletes the subscription and its delivery log.")
    public Response delete(@PathParam("id") String id) {
        if (!store.delete(tenant.id(), QueryParams.pathId("id", id))) {
            throw ProblemException.notFound("webhook subscription", id);
        }
        return Response.noContent().build();
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a paused subscription", description = "Its pending deliveries are sent again.")
    public SubscriptionView resume(@PathParam("id") String id) {
        UUID subscription = QueryParams.pathId("id", id);
        subscriptions.get(tenant.id(), subscription);
        store.resume(tenant.id(), subscription);
        return SubscriptionView.of(subscriptions.get(tenant.id(), subscription), false);
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "Delivery log", description = "The latest " + DELIVERY_LOG + " deliveries, newest first: status"
            + " PENDING/DELIVERED/FAILED, attempts, next attempt, last HTTP status (-1: no answer) and error; `truncated` is true"
            + " when the subscription has older deliveries, which are not listed.")
    public DeliveryLog deliveries(@PathParam("id") String id) {
        UUID subscription = QueryParams.pathId("id", id);
        subscriptions.get(tenant.id(), subscription);
        List<WebhookDelivery> latest = store.deliveries(tenant.id(), subscription, DELIVERY_LOG + 1);
        return new DeliveryLog(latest.subList(0, Math.min(DELIVERY_LOG, latest.size())), latest.size() > DELIVERY_LOG);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Redeliver", description = "Sends the delivery again (same webhook-id), whatever its state.")
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        if (!store.redeliver(tenant.id(), QueryParams.pathId("id", id), deliveryId, clock.instant())) {
            throw ProblemException.notFound("webhook delivery", deliveryId);
        }
        return Response.accepted().build();
    }
}
