package io.trailmap.feedback.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.webhook.FeedbackEvents;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Removes everything stored about one customer (responses, reviews they are linked to, follow-up
 * cases) and records the erasure in the tenant's audit: who, when, how many — not the customer's id.
 */
@ApplicationScoped
public class CustomerErasure {

    private final Store store;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final FeedbackEvents events;

    public CustomerErasure(Store store, CurrentTenant tenant, Clock clock, FeedbackEvents events) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.events = events;
    }

    public Map<String, Object> erase(String customerId) {
        var filter = Filters.and(Filters.eq("tenant", tenant.id()), Filters.eq("customerId", customerId));
        long followUps = store.followUps().deleteMany(filter).getDeletedCount();
        long responses = store.responses().deleteMany(filter).getDeletedCount();
        long reviews = store.reviews().deleteMany(filter).getDeletedCount();
        Instant now = clock.instant();
        String auditId = UUID.randomUUID().toString();
        Document audit = new Document("_id", auditId).append("tenant", tenant.id()).append("erasedBy", tenant.subject())
                .append("erasedAt", Date.from(now)).append("responses", responses).append("reviews", reviews).append("followUps", followUps);
        // customer.erased is written with the audit entry (the outbox): downstream tools erase too
        events.of(tenant.id()).event("customer.erased", FeedbackEvents.data("service", "feedback-service", "customerId", customerId,
                        "erasedAt", now.toString(), "auditId", auditId,
                        "removed", Map.of("responses", responses, "reviews", reviews, "followUps", followUps)))
                .ifPresent(e -> audit.append(FeedbackEvents.OUTBOX, List.of(e)));
        store.erasureAudit().insertOne(audit);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("customerId", customerId);
        answer.put("responses", responses);
        answer.put("reviews", reviews);
        answer.put("followUps", followUps);
        answer.put("auditId", auditId);
        answer.put("erasedAt", now.toString());
        return answer;
    }

    /** The tenant's erasures, newest first. */
    public List<Map<String, Object>> audit(int limit) {
        List<Map<String, Object>> entries = new ArrayList<>();
        store.erasureAudit().find(Filters.eq("tenant", tenant.id())).sort(Sorts.descending("erasedAt")).limit(limit)
                .forEach(d -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", d.getString("_id"));
                    entry.put("erasedBy", d.getString("erasedBy"));
                    entry.put("erasedAt", d.getDate("erasedAt").toInstant().toString());
                    entry.put("responses", d.get("responses"));
                    entry.put("reviews", d.get("reviews"));
                    entry.put("followUps", d.get("followUps"));
                    entries.add(entry);
                });
        return entries;
    }
}
