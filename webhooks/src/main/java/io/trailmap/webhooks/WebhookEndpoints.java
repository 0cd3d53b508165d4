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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

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
    public record SubscriptionInput(
            @Schema(description = "https, without credentials, on a public address") String url,
            @Schema(description = "The events to receive: those this service produces") List<String> eventTypes) {
    }

    /** A subscription as answered; the secret only in the answer to its creation. */
    public record SubscriptionView(
            UUID id,
            String url,
            List<String> eventTypes,
            boolean active,
            @Schema(nullable = true, description = "Why deliveries are paused; null while active") String pausedReason,
            int consecutiveFailures,
            Instant createdAt,
            @Schema(nullable = true, description = "whsec_…: only in the answer to the subscription's creation") String secret) {
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

    static final String SUBSCRIBE_EXAMPLE = "{\"url\": \"https://crm.example.com/hooks/trailmap\", \"eventTypes\": [\"customer.erased\"]}";

    /** The name Quarkus gives the bearer scheme; @RolesAllowed of an inherited method does not reach the document. */
    private static final String SECURITY_SCHEME = "SecurityScheme";

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
    @SecurityRequirement(name = SECURITY_SCHEME, scopes = Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "The subscription with its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public Response subscribe(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "subscribe", value = SUBSCRIBE_EXAMPLE))) @NotNull SubscriptionInput input) {
        WebhookSubscription created = subscriptions.subscribe(tenant.id(), input.url(), input.eventTypes());
        return Response.created(UriBuilder.fromPath("/webhooks/{id}").build(created.id())).entity(SubscriptionView.of(created, true)).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Operation(summary = "Subscriptions")
    @SecurityRequirement(name = SECURITY_SCHEME, scopes = Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The tenant's subscriptions, without secrets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
            requiredProperties = "items",
            properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = SubscriptionView.class))))
    public Map<String, List<SubscriptionView>> list() {
        return Map.of("items", store.subscriptions(tenant.id()).stream().map(s -> SubscriptionView.of(s, false)).toList());
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("{id}")
    @Operation(summary = "A subscription", description = "With its state: active, or paused after repeated failures (pausedReason).")
    @SecurityRequirement(name = SECURITY_SCHEME, scopes = Roles.ADMIN)
    @APIResponseSchema(value = SubscriptionView.class, responseDescription = "The subscription, without its secret")
    @APIResponse(responseCode = "404", description = "No subscription with this id in your tenant")
    public SubscriptionView get(@PathParam("id") String id) {
        return SubscriptionView.of(subscriptions.get(tenant.id(), QueryParams.pathId("id", id)), false);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Unsubscribe", description = "Deletes the subscription and its delivery log.")
    @SecurityRequirement(name = SECURITY_SCHEME, scopes = Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No subscription with this id in your tenant")
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
    @SecurityRequirement(name = SECURITY_SCHEME, scopes = Roles.ADMIN)
    @APIResponseSchema(value = SubscriptionView.class, responseDescription = "The subscription, active again")
    @APIResponse(responseCode = "404", description = "No subscription with this id in your tenant")
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
    @SecurityRequirement(name = SECURITY_SCHEME, scopes = Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The latest " + DELIVERY_LOG + " deliveries, newest first")
    @APIResponse(responseCode = "404", description = "No subscription with this id in your tenant")
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
    @SecurityRequirement(name = SECURITY_SCHEME, scopes = Roles.ADMIN)
    @APIResponse(responseCode = "202", description = "Queued to be sent again now")
    @APIResponse(responseCode = "404", description = "No such subscription or delivery in your tenant")
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        if (!store.redeliver(tenant.id(), QueryParams.pathId("id", id), deliveryId, clock.instant())) {
            throw ProblemException.notFound("webhook delivery", deliveryId);
        }
        return Response.accepted().build();
    }
}
