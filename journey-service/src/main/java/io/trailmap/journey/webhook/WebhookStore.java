package io.trailmap.journey.webhook;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscriptions and deliveries in PostgreSQL, by plain SQL: the dispatcher works across tenants, so
 * it cannot go through Hibernate's tenant discriminator. Every method names the tenant it reads for
 * the API; the dispatcher's claim and outcome statements are keyed by delivery id. Statements run in
 * the caller's transaction when there is one (the outbox write joins the publish).
 */
@ApplicationScoped
public class WebhookStore {

    public record Subscription(UUID id, String tenant, String url, List<String> eventTypes, String secret, boolean active,
                               String pausedReason, int consecutiveFailures, Instant createdAt) {
    }

    public record Delivery(String id, String tenant, UUID subscriptionId, String eventType, String payload, String status,
                           int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
                           Instant deliveredAt) {
    }

    private static final String SUBSCRIPTION = "id, tenant_id, url, event_types, secret, active, paused_reason, consecutive_failures, created_at";
    private static final String DELIVERY = "id, tenant_id, subscription_id, event_type, payload, status, attempts, next_attempt_at,"
            + " last_status, last_error, created_at, delivered_at";

    private final AgroalDataSource db;

    public WebhookStore(AgroalDataSource db) {
        this.db = db;
    }

    public void insert(Subscription s) {
        update("INSERT INTO webhook_subscriptions (" + SUBSCRIPTION + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.tenant(), s.url(),
                String.join(",", s.eventTypes()), s.secret(), s.active(), s.pausedReason(), s.consecutiveFailures(), s.createdAt());
    }

    public List<Subscription> subscriptions(String tenant) {
        return query("SELECT " + SUBSCRIPTION + " FROM webhook_subscriptions WHERE tenant_id = ? ORDER BY created_at, id",
                WebhookStore::subscription, tenant);
    }

    public Optional<Subscription> subscription(String tenant, UUID id) {
        return query("SELECT " + SUBSCRIPTION + " FROM webhook_subscriptions WHERE tenant_id = ? AND id = ?", WebhookStore::subscription,
                tenant, id).stream().findFirst();
    }

    public boolean delete(String tenant, UUID id) {
        return update("DELETE FROM webhook_subscriptions WHERE tenant_id = ? AND id = ?", tenant, id) > 0;
    }

    public void resume(String tenant, UUID id) {
        update("UPDATE webhook_subscriptions SET active = true, paused_reason = NULL, consecutive_failures = 0 WHERE tenant_id = ? AND id = ?",
                tenant, id);
    }

    /** The outbox: one PENDING delivery per active subscription of the tenant to this event type. */
    public int enqueue(String tenant, String eventType, String payload, Instant now) {
        List<Subscription> targets = subscriptions(tenant).stream()
                .filter(s -> s.active() && s.eventTypes().contains(eventType)).toList();
        for (Subscription s : targets) {
            update("INSERT INTO webhook_deliveries (id, tenant_id, subscription_id, event_type, payload, status, attempts, next_attempt_at,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", "msg_" + UUID.randomUUID().toString().replace("-", ""),
                    tenant, s.id(), eventType, payload, now, now);
        }
        return targets.size();
    }

    public List<Delivery> deliveries(String tenant, UUID subscriptionId, int limit) {
        return query("SELECT " + DELIVERY + " FROM webhook_deliveries WHERE tenant_id = ? AND subscription_id = ?"
                + " ORDER BY created_at DESC, id LIMIT ?", WebhookStore::delivery, tenant, subscriptionId, limit);
    }

    /** Due again now, whatever its state; false when there is no such delivery for the tenant. */
    public boolean redeliver(String tenant, UUID subscriptionId, String deliveryId, Instant now) {
        return update("UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = ? WHERE tenant_id = ? AND subscription_id = ?"
                + " AND id = ?", now, tenant, subscriptionId, deliveryId) > 0;
    }

    /**
     * Claims up to {@code limit} due deliveries of active subscriptions: each gets one more attempt and
     * is hidden for {@code lease} — if this replica dies before recording the outcome, the delivery
     * is due again then (at least once). Replicas skip each other's locked rows.
     */
    public List<Delivery> claimDue(Instant now, java.time.Duration lease, int limit) {
        List<Delivery> claimed = query("UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = ? WHERE id IN ("
                + " SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id"
                + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.active ORDER BY d.next_attempt_at, d.created_at"
                + " LIMIT ? FOR UPDATE OF d SKIP LOCKED) RETURNING " + DELIVERY, WebhookStore::delivery, now.plus(lease), now, limit);
        // RETURNING follows no order: send in the order the events happened
        return claimed.stream().sorted(java.util.Comparator.comparing(Delivery::createdAt).thenComparing(Delivery::id)).toList();
    }

    public void delivered(Delivery d, int status, Instant now) {
        update("UPDATE webhook_deliveries SET status = 'DELIVERED', last_status = ?, last_error = NULL, delivered_at = ? WHERE id = ?",
                status, now, d.id());
        update("UPDATE webhook_subscriptions SET consecutive_failures = 0 WHERE id = ?", d.subscriptionId());
    }

    /**
     * A failed attempt ({@code status} -1 when no answer came): due again at {@code retryAt}, or FAILED
     * when null; pauses the subscription after too many in a row.
     */
    public void failed(Delivery d, Integer status, String error, Instant retryAt, int pauseAfter) {
        if (retryAt == null) {
            update("UPDATE webhook_deliveries SET status = 'FAILED', last_status = ?, last_error = ? WHERE id = ?",
                    status == null ? -1 : status, truncate(error), d.id());
        } else {
            update("UPDATE webhook_deliveries SET status = 'PENDING', last_status = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                    status == null ? -1 : status, truncate(error), retryAt, d.id());
        }
        update("UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + 1 WHERE id = ?", d.subscriptionId());
        update("UPDATE webhook_subscriptions SET active = false, paused_reason = ? WHERE id = ? AND active AND consecutive_failures >= ?",
                truncate("paused after " + pauseAfter + " failed attempts in a row; last: " + error), d.subscriptionId(), pauseAfter);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400);
    }

    private static Subscription subscription(ResultSet r) throws SQLException {
        return new Subscription(r.getObject(1, UUID.class), r.getString(2), r.getString(3), List.of(r.getString(4).split(",")),
                r.getString(5), r.getBoolean(6), r.getString(7), r.getInt(8), r.getTimestamp(9).toInstant());
    }

    private static Delivery delivery(ResultSet r) throws SQLException {
        int lastStatus = r.getInt(9);
        Integer last = r.wasNull() ? null : lastStatus;
        Timestamp delivered = r.getTimestamp(12);
        return new Delivery(r.getString(1), r.getString(2), r.getObject(3, UUID.class), r.getString(4), r.getString(5), r.getString(6),
                r.getInt(7), r.getTimestamp(8).toInstant(), last, r.getString(10), r.getTimestamp(11).toInstant(),
                delivered == null ? null : delivered.toInstant());
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(row.read(r));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("webhook store: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("webhook store: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            s.setObject(i + 1, p instanceof Instant instant ? Timestamp.from(instant) : p);
        }
        return s;
    }
}
