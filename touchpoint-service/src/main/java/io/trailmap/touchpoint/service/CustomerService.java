package io.trailmap.touchpoint.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.common.erasure.ErasedCustomer;
import io.trailmap.common.paging.Cursor;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.postgres.idempotency.IdempotentRequests;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.api.ErasureView;
import io.trailmap.touchpoint.api.TimelineView;
import io.trailmap.webhooks.WebhookEvents;
import io.trailmap.webhooks.WebhookOutbox;
import io.trailmap.webhooks.WebhookStore;
import jakarta.enterprise.context.ApplicationScoped;
import io.trailmap.touchpoint.ingest.IngestWatermark.Watermark;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One customer's data: their timeline, and erasure of everything stored about them. */
@ApplicationScoped
public class CustomerService {

    private final Sql sql;
    private final RollupLocks locks;
    private final RollupVersions versions;
    private final CurrentTenant tenant;
    private final ObjectMapper json;
    private final ErasureAudit audit;
    private final WebhookOutbox webhooks;
    private final WebhookStore webhookLog;
    private final IdempotentRequests idempotency;

    public CustomerService(Sql sql, CurrentTenant tenant, ObjectMapper json, ErasureAudit audit, WebhookOutbox webhooks,
                           WebhookStore webhookLog, IdempotentRequests idempotency, RollupLocks locks, RollupVersions versions) {
        this.locks = locks;
        this.versions = versions;
        this.sql = sql;
        this.tenant = tenant;
        this.json = json;
        this.audit = audit;
        this.webhooks = webhooks;
        this.webhookLog = webhookLog;
        this.idempotency = idempotency;
    }

    @Transactional
    public TimelineView timeline(Watermark counted, String customerId, PageRequest page) {
        String t = tenant.id();
        List<Object> params = new ArrayList<>(List.of(t, customerId));
        String after = "";
        if (page.cursor() != null) {
            after = " AND (occurred_at, id) > (?, ?)";
            params.addAll(List.of(page.cursor().after(), page.cursor().afterId()));
        }
        params.add(page.fetchSize());
        List<TimelineView.Event> rows = sql.list("""
                        SELECT id, event_id, journey_id, stage_key, touchpoint_id, type, occurred_at, channel, value,
                               currency, variant, session_id, attributes::text AS attributes
                        FROM interactions WHERE tenant_id = ? AND customer_id = ?""" + after
                        + " ORDER BY occurred_at, id LIMIT ?", params, this::event);
        Page<TimelineView.Event> events = Page.fromOverfetched(rows, page.limit(),
                e -> new Cursor(e.occurredAt(), e.id()).encode());
        return new TimelineView(customerId, events.items(), events.nextCursor(), journeys(t, customerId), counted.dataAsOf());
    }

    private List<TimelineView.JourneyProgress> journeys(String t, String customerId) {
        Map<UUID, List<TimelineView.StageReached>> stages = new LinkedHashMap<>();
        // through the customer's journeys (customer_journeys_customer), then each journey's rows by the primary key:
        // the progress has no index by customer, and a scan of the tenant's progress grows with all its customers
        sql.each("""
                        SELECT p.journey_id, p.stage_key, p.first_reached_at, p.last_reached_at, p.interactions, p.variant
                        FROM customer_journeys c JOIN customer_stage_progress p
                          ON p.tenant_id = c.tenant_id AND p.journey_id = c.journey_id AND p.customer_id = c.customer_id
                        WHERE c.tenant_id = ? AND c.customer_id = ?
                        ORDER BY p.journey_id, p.first_reached_at, p.stage_key""",
                List.of(t, customerId), row -> stages.computeIfAbsent(row.getObject("journey_id", UUID.class), k -> new ArrayList<>())
                        .add(new TimelineView.StageReached(row.getString("stage_key"), Sql.instant(row, "first_reached_at"),
                                Sql.instant(row, "last_reached_at"), row.getLong("interactions"), row.getString("variant"))));
        return sql.list("""
                        SELECT journey_id, first_seen_at, last_seen_at, interactions, conversions, last_conversion_at
                        FROM customer_journeys WHERE tenant_id = ? AND customer_id = ? ORDER BY first_seen_at, journey_id""",
                List.of(t, customerId), row -> {
                    UUID journeyId = row.getObject("journey_id", UUID.class);
                    List<TimelineView.StageReached> reached = stages.getOrDefault(journeyId, List.of());
                    String latest = reached.stream().max(Comparator.comparing(TimelineView.StageReached::lastReachedAt))
                            .map(TimelineView.StageReached::stageKey).orElse(null);
                    return new TimelineView.JourneyProgress(journeyId, Sql.instant(row, "first_seen_at"),
                            Sql.instant(row, "last_seen_at"), row.getLong("interactions"), row.getLong("conversions"),
                            Sql.instant(row, "last_conversion_at"), latest, reached);
                });
    }

    /**
     * Erases the customer's interactions and everything derived from them, the webhook deliveries and
     * stored idempotent answers that name them; {@code customer.erased} goes out to the tenant's
     * subscribers from this transaction (so downstream tools erase too). Repeatable: when nothing of
     * the customer is left and they were erased before, the answer is that erasure's receipt again.
     */
    @Transactional
    public ErasureView erase(String customerId) {
        String t = tenant.id();
        String digest = ErasedCustomer.digest(t, customerId);
        locks.exclusiveFor(t);   // no fold of this tenant's events runs meanwhile, or it could put back rollups erased here
        // the progress has no index by customer: its rows go by the primary key, for every journey the customer has rows or events in
        UUID[] inJourneys = sql.list("""
                        SELECT journey_id FROM customer_journeys WHERE tenant_id = ? AND customer_id = ?
                        UNION SELECT journey_id FROM interactions WHERE tenant_id = ? AND customer_id = ?""",
                List.of(t, customerId, t, customerId), row -> row.getObject("journey_id", UUID.class)).toArray(UUID[]::new);
        int interactions = sql.update("DELETE FROM interactions WHERE tenant_id = ? AND customer_id = ?", List.of(t, customerId));
        int progress = sql.update("DELETE FROM customer_stage_progress WHERE tenant_id = ? AND journey_id = ANY (?) AND customer_id = ?",
                List.of(t, inJourneys, customerId));
        int journeys = sql.update("DELETE FROM customer_journeys WHERE tenant_id = ? AND customer_id = ?", List.of(t, customerId));
        // the folds' log names the customers they changed: those folds are not followed again (a version missing from the log)
        sql.update("DELETE FROM rollup_folds WHERE tenant_id = ? AND ?::varchar = ANY (customers)", List.of(t, customerId));
        if (interactions + progress + journeys > 0) {
            versions.changed(t);
        }
        webhookLog.eraseCustomer(t, WebhookEvents.customerMarker(json, customerId));
        idempotency.forgetAnswersNaming(customerId);
        if (interactions + progress + journeys == 0) {
            var earlier = audit.latestOf(digest);
            if (earlier.isPresent()) {
                return ErasureView.of(customerId, earlier.get(), true);
            }
        }
        var entry = audit.record(digest, interactions, progress, journeys);
        webhooks.emit(t, WebhookEvents.CUSTOMER_ERASED, Map.of("service", "touchpoint-service", "customerId", customerId,
                "erasedAt", entry.erasedAt().toString(), "auditId", entry.id().toString(),
                "removed", Map.of("interactions", interactions, "stageProgress", progress, "journeys", journeys)));
        return ErasureView.of(customerId, entry, false);
    }

    private TimelineView.Event event(ResultSet row) throws SQLException {
        return new TimelineView.Event(row.getObject("id", UUID.class), row.getString("event_id"),
                row.getObject("journey_id", UUID.class), row.getString("stage_key"), row.getObject("touchpoint_id", UUID.class),
                row.getString("type"), Sql.instant(row, "occurred_at"), row.getString("channel"), row.getBigDecimal("value"),
                row.getString("currency"), row.getString("variant"), row.getString("session_id"), attributes(row.getString("attributes")));
    }

    private Map<String, Object> attributes(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes are not JSON", e);
        }
    }
}
