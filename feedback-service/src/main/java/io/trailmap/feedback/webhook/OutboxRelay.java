package io.trailmap.feedback.webhook;

import io.trailmap.webhooks.mongo.MongoWebhookStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.trailmap.feedback.service.Docs;
import io.trailmap.feedback.service.Store;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves events from the documents of their causes to the delivery log: one delivery per event and
 * subscription (an id derived from both, so a relay cut short and run again adds nothing), then the
 * event leaves its document. A subscription deleted meanwhile gets nothing.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Causes read per query; a run reads pages until none is left. */
    static final int PAGE = 200;

    private final Store store;
    private final MongoWebhookStore webhooks;

    public OutboxRelay(Store store, MongoWebhookStore webhooks) {
        this.store = store;
        this.webhooks = webhooks;
    }

    /**
     * Relays everything that is waiting, a page of causes at a time in id order, until no page is left:
     * a backlog of any size goes out in one run. Answers how many events it moved.
     */
    public int relay() {
        if (!webhooks.anySubscription()) {
            return 0;
        }
        int moved = 0;
        for (MongoCollection<Document> causes : List.of(store.responses(), store.reviews(), store.followUps(), store.erasureAudit())) {
            List<Document> page;
            Object after = null;
            do {
                Bson waiting = Filters.exists(FeedbackEvents.OUTBOX + ".id");
                page = causes.find(after == null ? waiting : Filters.and(waiting, Filters.gt("_id", after)))
                        .sort(Sorts.ascending("_id")).limit(PAGE).into(new ArrayList<>());
                for (Document cause : page) {
                    moved += relay(causes, cause);
                    after = cause.get("_id");
                }
            } while (page.size() == PAGE);
        }
        return moved;
    }

    /** Relays the events of one cause as read (it may be gone by now); answers how many. */
    int relay(MongoCollection<Document> causes, Document cause) {
        String tenant = cause.getString("tenant");
        int moved = 0;
        for (Document event : cause.getList(FeedbackEvents.OUTBOX, Document.class)) {
            List<String> enqueued = new ArrayList<>();
            for (String subscription : event.getList("subscriptions", String.class)) {
                if (webhooks.subscription(tenant, UUID.fromString(subscription)).isPresent()) {
                    enqueued.add(webhooks.enqueue(tenant, subscription, event.getString("id"), event.getString("type"),
                            event.getString("payload"), Docs.instant(event, "at")));
                }
            }
            boolean causeStillThere = causes.updateOne(Filters.eq("_id", cause.get("_id")),
                    Updates.pull(FeedbackEvents.OUTBOX, new Document("id", event.getString("id")))).getMatchedCount() > 0;
            if (!causeStillThere) {
                // erased while this relay held it: the erasure may have swept the log before these arrived
                webhooks.withdraw(enqueued);
            }
            moved++;
        }
        return moved;
    }
}
