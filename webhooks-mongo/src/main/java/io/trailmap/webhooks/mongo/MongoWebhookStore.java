package io.trailmap.webhooks.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.trailmap.webhooks.WebhookDelivery;
import io.trailmap.webhooks.WebhookEvents;
import io.trailmap.webhooks.WebhookStore;
import io.trailmap.webhooks.WebhookSubscription;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Webhook subscriptions and deliveries of a MongoDB service, in two collections of its database.
 * Every change of a delivery is one atomic single-document update (no transactions needed): a claim
 * only succeeds on a delivery still due, so replicas never send the same attempt twice. The service
 * produces it as a bean over its own database and calls {@link #declareIndexes} at start-up.
 */
public class MongoWebhookStore implements WebhookStore {

    private final MongoCollection<Document> subscriptions;
    private final MongoCollection<Document> deliveries;

    public MongoWebhookStore(MongoDatabase db) {
        this.subscriptions = db.getCollection("webhook_subscriptions");
        this.deliveries = db.getCollection("webhook_deliveries");
    }

    /** Subscriptions (secrets included) of every tenant. */
    public MongoCollection<Document> subscriptions() {
        return subscriptions;
    }

    /** One document per event and subscription: the delivery log and the dispatcher's queue. */
    public MongoCollection<Document> deliveries() {
        return deliveries;
    }

    /** The indexes real MongoDB needs for the dispatcher's claims and the delivery log. */
    public void declareIndexes() {
        subscriptions.createIndex(Indexes.ascending("tenant", "createdAt"));
        deliveries.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        deliveries.createIndex(Indexes.ascending("tenant", "subscriptionId", "createdAt"));
    }

    @Override
    public void insert(WebhookSubscription s) {
        subscriptions().insertOne(new Document("_id", s.id().toString()).append("tenant", s.tenant()).append("url", s.url())
                .append("eventTypes", s.eventTypes()).append("secret", s.secret()).append("active", s.active())
                .append("pausedReason", s.pausedReason()).append("consecutiveFailures", s.consecutiveFailures())
                .append("createdAt", date(s.createdAt())));
    }

    @Override
    public List<WebhookSubscription> subscriptions(String tenant) {
        List<WebhookSubscription> found = new ArrayList<>();
        subscriptions().find(Filters.eq("tenant", tenant)).sort(Sorts.ascending("createdAt", "_id")).forEach(d -> found.add(subscription(d)));
        return found;
    }

    @Override
    public Optional<WebhookSubscription> subscription(String tenant, UUID id) {
        return Optional.ofNullable(subscriptions().find(Filters.and(Filters.eq("tenant", tenant), Filters.eq("_id", id.toString()))).first())
                .map(MongoWebhookStore::subscription);
    }

    /** Whether any tenant subscribes to anything (the outbox relay has nothing to do otherwise). */
    public boolean anySubscription() {
        return subscriptions().find().limit(1).first() != null;
    }

    @Override
    public boolean delete(String tenant, UUID id) {
        boolean deleted = subscriptions().deleteOne(Filters.and(Filters.eq("tenant", tenant), Filters.eq("_id", id.toString())))
                .getDeletedCount() > 0;
        if (deleted) {
            deliveries().deleteMany(Filters.and(Filters.eq("tenant", tenant), Filters.eq("subscriptionId", id.toString())));
        }
        return deleted;
    }

    @Override
    public void resume(String tenant, UUID id) {
        subscriptions().updateOne(Filters.and(Filters.eq("tenant", tenant), Filters.eq("_id", id.toString())),
                Updates.combine(Updates.set("active", true), Updates.set("pausedReason", null), Updates.set("consecutiveFailures", 0)));
    }

    /**
     * The delivery of one event to one subscription, once: its id derives from both, so a relay that
     * runs again after a crash finds it already there.
     */
    public String enqueue(String tenant, String subscriptionId, String eventId, String eventType, String payload, Instant at) {
        String id = "msg_" + UUID.nameUUIDFromBytes((eventId + "/" + subscriptionId).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString().replace("-", "");
        try {
            deliveries().insertOne(new Document("_id", id).append("tenant", tenant).append("subscriptionId", subscriptionId)
                    .append("eventType", eventType).append("payload", payload).append("status", "PENDING").append("attempts", 0)
                    .append("nextAttemptAt", date(at)).append("createdAt", date(at)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return id;
    }

    /** Removes deliveries whose cause went before they were relayed (an erasure that overtook the relay). */
    public void withdraw(List<String> deliveryIds) {
        if (!deliveryIds.isEmpty()) {
            deliveries.deleteMany(Filters.in("_id", deliveryIds));
        }
    }

    @Override
    public List<WebhookDelivery> deliveries(String tenant, UUID subscriptionId, int limit) {
        List<WebhookDelivery> found = new ArrayList<>();
        deliveries().find(Filters.and(Filters.eq("tenant", tenant), Filters.eq("subscriptionId", subscriptionId.toString())))
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id"))).limit(limit)
                .forEach(d -> found.add(delivery(d)));
        return found;
    }

    @Override
    public boolean redeliver(String tenant, UUID subscriptionId, String deliveryId, Instant now) {
        return deliveries().updateOne(Filters.and(Filters.eq("tenant", tenant), Filters.eq("subscriptionId", subscriptionId.toString()),
                        Filters.eq("_id", deliveryId)),
                Updates.combine(Updates.set("status", "PENDING"), Updates.set("nextAttemptAt", date(now)))).getMatchedCount() > 0;
    }

    @Override
    public List<WebhookDelivery> claimDue(Instant now, Duration lease, int limit) {
        List<String> paused = new ArrayList<>();
        subscriptions().find(Filters.eq("active", false)).projection(new Document("_id", 1)).forEach(d -> paused.add(d.getString("_id")));
        Bson due = Filters.and(Filters.eq("status", "PENDING"), Filters.lte("nextAttemptAt", date(now)));
        List<String> candidates = new ArrayList<>();
        deliveries().find(Filters.and(due, Filters.nin("subscriptionId", paused))).sort(Sorts.ascending("createdAt", "_id")).limit(limit)
                .projection(new Document("_id", 1)).forEach(d -> candidates.add(d.getString("_id")));
        List<WebhookDelivery> claimed = new ArrayList<>();
        for (String id : candidates) {
            Document won = deliveries().findOneAndUpdate(Filters.and(Filters.eq("_id", id), due),
                    Updates.combine(Updates.inc("attempts", 1), Updates.set("nextAttemptAt", date(now.plus(lease)))),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (won != null) {
                claimed.add(delivery(won));
            }
        }
        return claimed;
    }

    @Override
    public void delivered(WebhookDelivery d, int status, Instant now, String keptPayload) {
        deliveries().updateOne(Filters.eq("_id", d.id()), Updates.combine(Updates.set("status", "DELIVERED"), Updates.set("lastStatus", status),
                Updates.set("lastError", null), Updates.set("deliveredAt", date(now)), Updates.set("payload", keptPayload)));
        subscriptions().updateOne(Filters.eq("_id", d.subscriptionId().toString()), Updates.set("consecutiveFailures", 0));
    }

    @Override
    public void failed(WebhookDelivery d, Integer status, String error, Instant retryAt, int pauseAfter, String keptPayload) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("lastStatus", status == null ? -1 : status),
                Updates.set("lastError", WebhookStore.truncate(error))));
        if (retryAt == null) {
            changes.addAll(List.of(Updates.set("status", "FAILED"), Updates.set("payload", keptPayload)));
        } else {
            changes.add(Updates.set("nextAttemptAt", date(retryAt)));
        }
        deliveries().updateOne(Filters.eq("_id", d.id()), Updates.combine(changes));
        Bson subscription = Filters.eq("_id", d.subscriptionId().toString());
        subscriptions().updateOne(subscription, Updates.inc("consecutiveFailures", 1));
        subscriptions().updateOne(Filters.and(subscription, Filters.eq("active", true), Filters.gte("consecutiveFailures", pauseAfter)),
                Updates.combine(Updates.set("active", false), Updates.set("pausedReason", WebhookStore.pausedReason(pauseAfter, error))));
    }

    @Override
    public int eraseCustomer(String tenant, String marker) {
        Bson notANoticeToBeSent = Filters.or(Filters.ne("eventType", WebhookEvents.CUSTOMER_ERASED), Filters.ne("status", "PENDING"));
        return (int) deliveries.deleteMany(Filters.and(Filters.eq("tenant", tenant), Filters.regex("payload", Pattern.quote(marker)),
                notANoticeToBeSent)).getDeletedCount();
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return deliveries.deleteMany(Filters.lt("createdAt", date(cutoff))).getDeletedCount();
    }

    /** The ids of the tenant's subscriptions (active or paused: a paused one keeps its events) to this type. */
    public Set<String> subscribersTo(String tenant, String type) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        subscriptions().find(Filters.and(Filters.eq("tenant", tenant), Filters.eq("eventTypes", type))).projection(new Document("_id", 1))
                .forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    private static WebhookSubscription subscription(Document d) {
        return new WebhookSubscription(UUID.fromString(d.getString("_id")), d.getString("tenant"), d.getString("url"),
                d.getList("eventTypes", String.class), d.getString("secret"), d.getBoolean("active"), d.getString("pausedReason"),
                d.getInteger("consecutiveFailures", 0), instant(d, "createdAt"));
    }

    private static WebhookDelivery delivery(Document d) {
        return new WebhookDelivery(d.getString("_id"), d.getString("tenant"), UUID.fromString(d.getString("subscriptionId")),
                d.getString("eventType"), d.getString("payload"), d.getString("status"), d.getInteger("attempts", 0),
                instant(d, "nextAttemptAt"), d.getInteger("lastStatus"), d.getString("lastError"), instant(d, "createdAt"),
                instant(d, "deliveredAt"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
