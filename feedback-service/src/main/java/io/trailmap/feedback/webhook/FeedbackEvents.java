package io.trailmap.feedback.webhook;

import io.trailmap.webhooks.mongo.MongoWebhookStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.webhooks.WebhookEvents;
import io.trailmap.feedback.service.Docs;
import jakarta.enterprise.context.ApplicationScoped;
import io.trailmap.feedback.domain.FollowUp;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The outbox of feedback-service. MongoDB writes one document atomically, so an event is written into
 * the document of its cause ({@value #OUTBOX} array of the response, review, follow-up or erasure
 * record) by the same insert or update; {@link OutboxRelay} turns it into deliveries afterwards. An
 * event names the subscriptions it is for at the moment it happens; with none, nothing is written.
 */
@ApplicationScoped
public class FeedbackEvents {

    public static final String OUTBOX = "outbox";
    public static final Set<String> TYPES = Set.of("feedback.detractor", "followup.opened", "followup.overdue", "followup.resolved",
            "review.negative", "customer.erased");

    private final MongoWebhookStore store;
    private final ObjectMapper json;
    private final Clock clock;

    public FeedbackEvents(MongoWebhookStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** Events of one tenant; remembers its subscribers per type (one lookup per type for a whole batch). */
    public Tenant of(String tenant) {
        return new Tenant(tenant);
    }

    public final class Tenant {

        private final String tenant;
        private final Map<String, Set<String>> subscribers = new HashMap<>();

        private Tenant(String tenant) {
            this.tenant = tenant;
        }

        /** The outbox entry of an event, or none when the tenant has no subscription to its type. */
        public Optional<Document> event(String type, Map<String, ?> data) {
            Set<String> to = subscribers.computeIfAbsent(type, t -> store.subscribersTo(tenant, t));
            if (to.isEmpty()) {
                return Optional.empty();
            }
            Instant at = clock.instant();
            return Optional.of(new Document("id", UUID.randomUUID().toString()).append("type", type).append("at", Docs.date(at))
                    .append("payload", WebhookEvents.payload(json, type, at, data)).append("subscriptions", List.copyOf(to)));
        }

        /** The event as the value of a new document's outbox: empty when nobody subscribes. */
        public List<Document> outbox(String type, Map<String, ?> data) {
            return event(type, data).map(List::of).orElse(List.of());
        }
    }

    /** A payload's data in the order given; null values are kept (every event of a type has the same fields). */
    public static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }

    /** What every follow-up event says about the case. */
    public static Map<String, Object> followUpData(FollowUp c) {
        return FeedbackEvents.data("followUpId", c.id(), "status", c.status(), "sourceType", c.sourceType(), "sourceId", c.sourceId(),
                "customerId", c.customerId(), "journeyId", c.journeyId(), "stageKey", c.stageKey(), "touchpointId", c.touchpointId(),
                "reason", c.reason(), "aspects", c.aspects(), "assignee", c.assignee(), "dueAt", String.valueOf(c.dueAt()),
                "resolution", c.resolution());
    }
}
