package io.trailmap.feedback.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.trailmap.common.erasure.ErasedCustomer;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.ErasureAuditView;
import io.trailmap.feedback.api.ErasureView;
import io.trailmap.feedback.repository.ResponseRepository;
import io.trailmap.feedback.repository.ReviewRepository;
import io.trailmap.feedback.stream.EventLog;
import io.trailmap.feedback.webhook.FeedbackEvents;
import io.trailmap.webhooks.WebhookEvents;
import io.trailmap.webhooks.mongo.MongoWebhookStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Removes everything stored about one customer — responses, the reviews they are linked to, follow-up
 * cases, the webhook deliveries and stored idempotent answers that name them — and records the erasure
 * in the tenant's audit: who, when, how many, never the customer's id (only {@link ErasedCustomer#digest}).
 *
 * <p>MongoDB gives no transaction across collections, so the audit record is written first (ERASING),
 * counts what each step removed, and is completed (DONE, with the customer.erased event in its outbox)
 * last. An erasure cut short (a crash, a restart) is finished by the next request for the same customer,
 * under the same audit id; a request for a customer erased before, of whom nothing is left, answers the
 * earlier receipt ({@code repeated: true}).
 */
@ApplicationScoped
public class CustomerErasure {

    static final String ERASING = "ERASING";
    static final String DONE = "DONE";

    private final Store store;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final FeedbackEvents events;
    private final MongoWebhookStore webhooks;
    private final MongoIdempotency idempotency;
    private final EventLog eventLog;
    private final ObjectMapper json;
    private final SummaryBuckets buckets;
    private final ResponseRepository responses;
    private final ReviewRepository reviews;

    public CustomerErasure(Store store, CurrentTenant tenant, Clock clock, FeedbackEvents events, MongoWebhookStore webhooks,
                           MongoIdempotency idempotency, ObjectMapper json, SummaryBuckets buckets, ResponseRepository responses, ReviewRepository reviews,
                           EventLog eventLog) {
        this.eventLog = eventLog;
        this.buckets = buckets;
        this.responses = responses;
        this.reviews = reviews;
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.events = events;
        this.webhooks = webhooks;
        this.idempotency = idempotency;
        this.json = json;
    }

    public ErasureView erase(String customerId) {
        String t = tenant.id();
        String digest = ErasedCustomer.digest(t, customerId);
        Bson ofCustomer = Filters.and(Filters.eq("tenant", t), Filters.eq("customerId", customerId));
        Bson ofDigest = Filters.and(Filters.eq("tenant", t), Filters.eq("customerDigest", digest));
        Document unfinished = store.erasureAudit().find(Filters.and(ofDigest, Filters.eq("status", ERASING))).first();
        if (unfinished == null) {
            Document earlier = store.erasureAudit().find(Filters.and(ofDigest, Filters.eq("status", DONE)))
                    .sort(Sorts.descending("erasedAt")).first();
            if (earlier != null && nothingLeftOf(ofCustomer)) {
                forgetMentions(t, customerId);
                return receipt(customerId, earlier, true);
            }
        }
        String auditId = unfinished != null ? unfinished.getString("_id") : begin(digest);
        // causes first, then what was made from them: a relay that read a cause before it went drops what it enqueued
        count(auditId, "followUps", store.followUps(), ofCustomer);
        buckets.remove(responses.ofCustomer(t, customerId), auditId);   // out of the summary buckets first, under the audit id:
        count(auditId, "responses", store.responses(), ofCustomer);     // a resumed erasure takes nothing out twice
        buckets.remove(reviews.ofCustomer(t, customerId), auditId);
        count(auditId, "reviews", store.reviews(), ofCustomer);
        forgetMentions(t, customerId);
        return receipt(customerId, complete(auditId, customerId), false);
    }

    private String begin(String digest) {
        String auditId = UUID.randomUUID().toString();
        Document audit = new Document("_id", auditId).append("tenant", tenant.id()).append("customerDigest", digest)
                .append("status", ERASING).append("erasedBy", tenant.subject()).append("startedAt", Date.from(clock.instant()))
                .append("responses", 0L).append("reviews", 0L).append("followUps", 0L);
        store.erasureAudit().insertOne(audit);
        return auditId;
    }

    private void count(String auditId, String field, MongoCollection<Document> collection, Bson ofCustomer) {
        long removed = collection.deleteMany(ofCustomer).getDeletedCount();
        if (removed > 0) {
            store.erasureAudit().updateOne(Filters.eq("_id", auditId), Updates.inc(field, removed));
        }
    }

    private void forgetMentions(String t, String customerId) {
        webhooks.eraseCustomer(t, WebhookEvents.customerMarker(json, customerId));
        idempotency.forgetAnswersNaming(customerId);
        eventLog.forgetCustomer(t, customerId);
    }

    private boolean nothingLeftOf(Bson ofCustomer) {
        return store.followUps().find(ofCustomer).first() == null && store.responses().find(ofCustomer).first() == null
                && store.reviews().find(ofCustomer).first() == null;
    }

    /** DONE, with the customer.erased event written by the same update (the outbox): downstream tools erase too. */
    private Document complete(String auditId, String customerId) {
        Document counted = store.erasureAudit().find(Filters.eq("_id", auditId)).first();
        Instant now = clock.instant();
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("status", DONE), Updates.set("erasedAt", Date.from(now)),
                Updates.set("erasedBy", tenant.subject())));
        events.of(tenant.id()).event(WebhookEvents.CUSTOMER_ERASED, FeedbackEvents.data("service", "feedback-service",
                        "customerId", customerId, "erasedAt", now.toString(), "auditId", auditId,
                        "removed", Map.of("responses", counted.get("responses"), "reviews", counted.get("reviews"),
                                "followUps", counted.get("followUps"))))
                .ifPresent(e -> changes.add(Updates.push(FeedbackEvents.OUTBOX, e)));
        return store.erasureAudit().findOneAndUpdate(Filters.eq("_id", auditId), Updates.combine(changes),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private static ErasureView receipt(String customerId, Document audit, boolean repeated) {
        return new ErasureView(customerId, count(audit, "responses"), count(audit, "reviews"), count(audit, "followUps"),
                UUID.fromString(audit.getString("_id")), Docs.instant(audit, "erasedAt"), repeated);
    }

    /** The tenant's completed erasures, newest first, a page at a time. */
    public Page<ErasureAuditView> audit(PageRequest page) {
        return MongoPages.newestFirst(store.erasureAudit(), List.of(Filters.eq("tenant", tenant.id()), Filters.ne("status", ERASING)),
                "erasedAt", page, d -> new ErasureAuditView(d.getString("_id"), d.getString("erasedBy"), Docs.instant(d, "erasedAt"),
                        count(d, "responses"), count(d, "reviews"), count(d, "followUps")));
    }

    private static long count(Document audit, String field) {
        return ((Number) audit.get(field)).longValue();
    }
}
