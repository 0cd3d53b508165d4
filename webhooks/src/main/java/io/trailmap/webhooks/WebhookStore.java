package io.trailmap.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscriptions and deliveries of one service, in its own database. The API's methods name the
 * tenant they work for; the dispatcher's ({@link #claimDue}, {@link #delivered}, {@link #failed}) work
 * across tenants by delivery.
 */
public interface WebhookStore {

    void insert(WebhookSubscription subscription);

    List<WebhookSubscription> subscriptions(String tenant);

    Optional<WebhookSubscription> subscription(String tenant, UUID id);

    boolean delete(String tenant, UUID id);

    /** Active again, failure count reset: its pending deliveries go out. */
    void resume(String tenant, UUID id);

    /** The latest deliveries of a subscription, newest first. */
    List<WebhookDelivery> deliveries(String tenant, UUID subscriptionId, int limit);

    /** Due again now, whatever its state (same id); false when the tenant has no such delivery. */
    boolean redeliver(String tenant, UUID subscriptionId, String deliveryId, Instant now);

    /**
     * Claims up to {@code limit} due deliveries of active subscriptions, in the order their events
     * happened: each gets one more attempt and is hidden for {@code lease}, so if this replica dies
     * before recording the outcome the delivery is due again then (at least once).
     */
    List<WebhookDelivery> claimDue(Instant now, Duration lease, int limit);

    /** DELIVERED, keeping {@code keptPayload} in the log (the payload, or less of it: see {@link WebhookEvents#withoutCustomer}). */
    void delivered(WebhookDelivery delivery, int status, Instant now, String keptPayload);

    /**
     * A failed attempt ({@code status} null when no answer came): due again at {@code retryAt}, or
     * FAILED when that is null — then keeping {@code keptPayload} in the log; the subscription pauses
     * after {@code pauseAfter} failures in a row.
     */
    void failed(WebhookDelivery delivery, Integer status, String error, Instant retryAt, int pauseAfter, String keptPayload);

    /**
     * Erasure: removes the tenant's deliveries whose payload names the customer ({@code marker}, see
     * {@link WebhookEvents#customerMarker}) — all but the customer.erased notices still to be sent, which
     * must name them; answers how many went.
     */
    int eraseCustomer(String tenant, String marker);

    /** Retention of the delivery log: removes every delivery created before {@code cutoff}, in any state; answers how many. */
    long purgeBefore(Instant cutoff);

    /** Error texts are kept short in the log. */
    static String truncate(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400);
    }

    static String pausedReason(int pauseAfter, String lastError) {
        return truncate("paused after " + pauseAfter + " failed attempts in a row; last: " + lastError);
    }

    /** A fresh webhook-id. */
    static String newDeliveryId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
}
