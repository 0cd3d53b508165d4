package io.trailmap.webhooks.postgres;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.trailmap.webhooks.WebhookDelivery;
import io.trailmap.webhooks.WebhookEvents;
import io.trailmap.webhooks.WebhookOutbox;
import io.trailmap.webhooks.WebhookStore;
import io.trailmap.webhooks.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook subscriptions and deliveries of a PostgreSQL service (tables of {@code db/webhooks}), by plain
 * SQL: the dispatcher works across tenants, so it cannot go through Hibernate's tenant discriminator.
 * Statements run in the caller's transaction when there is one: {@link #emit} is the outbox write
 * that commits or rolls back with the event's cause.
 */
@ApplicationScoped
public class PostgresWebhookStore implements WebhookStore, WebhookOutbox {

    private static final String SUBSCRIPTION = "id, tenant_id, url, event_types, secret, active, paused_reason, consecutive_failures, created_at";
    private static final String DELIVERY = "id, tenant_id, subscription_id, event_type, payload, status, attempts, next_attempt_at,"
            + " last_status, last_error, created_at, delivered_at";

    private final AgroalDataSource db;
    private final ObjectMapper json;
    private final Clock clock;

    public PostgresWebhookStore(AgroalDataSource db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void emit(String tenant, String type, Map<String, ?> data) {
        Instant now = clock.instant();
        enqueue(tenant, type, WebhookEvents.payload(json, type, now, data), now);
    }

    @Override
    public void insert(WebhookSubscription s) {
        update("INSERT INTO webhook_subscriptions (" + SUBSCRIPTION + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.tenant(), s.url(),
                String.join(",", s.eventTypes()), s.secret(), s.active(), s.pausedReason(), s.consecutiveFailures(), s.createdAt());
    }

    @Override
    public List<WebhookSubscription> subscriptions(String tenant) {
        return query("SELECT " + SUBSCRIPTION + " FROM webhook_subscriptions WHERE tenant_id = ? ORDER BY created_at, id",
                PostgresWebhookStore::subscription, tenant);
    }

    @Override
    public Optional<WebhookSubscription> subscription(String tenant, UUID id) {
        return query("SELECT " + SUBSCRIPTION + " FROM webhook_subscriptions WHERE tenant_id = ? AND id = ?", PostgresWebhookStore::subscription,
                tenant, id).stream().findFirst();
    }

    @Override
    public boolean delete(String tenant, UUID id) {
        return update("DELETE FROM webhook_subscriptions WHERE tenant_id = ? AND id = ?", tenant, id) > 0;
    }

    @Override
    public void resume(String tenant, UUID id) {
        update("UPDATE webhook_subscriptions SET active = true, paused_reason = NULL, consecutive_failures = 0 WHERE tenant_id = ? AND id = ?",
                tenant, id);
    }

    /**
     * The outbox: one PENDING delivery per subscription of the tenant to this event type — a paused
     * one too: its events wait for the resume.
     */
    int enqueue(String tenant, String eventType, String payload, Instant now) {
        List<WebhookSubscription> targets = subscriptions(tenant).stream()
                .filter(s -> s.eventTypes().contains(eventType)).toList();
        for (WebhookSubscription s : targets) {
            update("INSERT INTO webhook_deliveries (id, tenant_id, subscription_id, event_type, payload, status, attempts, next_attempt_at,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", WebhookStore.newDeliveryId(),
                    tenant, s.id(), eventType, payload, now, now);
        }
        return targets.size();
    }

    @Override
    public List<WebhookDelivery> deliveries(String tenant, UUID subscriptionId, int limit) {
        return query("SELECT " + DELIVERY + " FROM webhook_deliveries WHERE tenant_id = ? AND subscription_id = ?"
                + " ORDER BY created_at DESC, id LIMIT ?", PostgresWebhookStore::delivery, tenant, subscriptionId, limit);
    }

    @Override
    public boolean redeliver(String tenant, UUID subscriptionId, String deliveryId, Instant now) {
        return update("UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = ? WHERE tenant_id = ? AND subscription_id = ?"
                + " AND id = ?", now, tenant, subscriptionId, deliveryId) > 0;
    }

    /** Replicas skip each other's locked rows. */
    @Override
    public List<WebhookDelivery> claimDue(Instant now, Duration lease, int limit) {
        List<WebhookDelivery> claimed = query("UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = ? WHERE id IN ("
                + " SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id"
                + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.active ORDER BY d.next_attempt_at, d.created_at"
                + " LIMIT ? FOR UPDATE OF d SKIP LOCKED) RETURNING " + DELIVERY, PostgresWebhookStore::delivery, now.plus(lease), now, limit);
        // RETURNING follows no order: send in the order the events happened
        return claimed.stream().sorted(Comparator.comparing(WebhookDelivery::createdAt).thenComparing(WebhookDelivery::id)).toList();
    }

    @Override
    public void delivered(WebhookDelivery d, int status, Instant now, String keptPayload) {
        update("UPDATE webhook_deliveries SET status = 'DELIVERED', last_status = ?, last_error = NULL, delivered_at = ?, payload = ?"
                + " WHERE id = ?", status, now, keptPayload, d.id());
        update("UPDATE webhook_subscriptions SET consecutive_failures = 0 WHERE id = ?", d.subscriptionId());
    }

    @Override
    public void failed(WebhookDelivery d, Integer status, String error, Instant retryAt, int pauseAfter, String keptPayload) {
        if (retryAt == null) {
            update("UPDATE webhook_deliveries SET status = 'FAILED', last_status = ?, last_error = ?, payload = ? WHERE id = ?",
                    status == null ? -1 : status, WebhookStore.truncate(error), keptPayload, d.id());
        } else {
            update("UPDATE webhook_deliveries SET status = 'PENDING', last_status = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                    status == null ? -1 : status, WebhookStore.truncate(error), retryAt, d.id());
        }
        update("UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + 1 WHERE id = ?", d.subscriptionId());
        update("UPDATE webhook_subscriptions SET active = false, paused_reason = ? WHERE id = ? AND active AND consecutive_failures >= ?",
                WebhookStore.pausedReason(pauseAfter, error), d.subscriptionId(), pauseAfter);
    }

    @Override
    public int eraseCustomer(String tenant, String marker) {
        return update("DELETE FROM webhook_deliveries WHERE tenant_id = ? AND strpos(payload, ?) > 0"
                + " AND NOT (event_type = ? AND status = 'PENDING')", tenant, marker, WebhookEvents.CUSTOMER_ERASED);
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return update("DELETE FROM webhook_deliveries WHERE created_at < ?", cutoff);
    }

    private static WebhookSubscription subscription(ResultSet r) throws SQLException {
        return new WebhookSubscription(r.getObject(1, UUID.class), r.getString(2), r.getString(3), List.of(r.getString(4).split(",")),
                r.getString(5), r.getBoolean(6), r.getString(7), r.getInt(8), r.getTimestamp(9).toInstant());
    }

    private static WebhookDelivery delivery(ResultSet r) throws SQLException {
        int lastStatus = r.getInt(9);
        Integer last = r.wasNull() ? null : lastStatus;
        Timestamp delivered = r.getTimestamp(12);
        return new WebhookDelivery(r.getString(1), r.getString(2), r.getObject(3, UUID.class), r.getString(4), r.getString(5), r.getString(6),
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
