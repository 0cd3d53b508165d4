package io.trailmap.feedback.service;

import com.mongodb.client.model.Filters;
import io.trailmap.common.security.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** Removes everything stored about one customer: responses, reviews they are linked to, follow-up cases. */
@ApplicationScoped
public class CustomerErasure {

    private final Store store;
    private final CurrentTenant tenant;

    public CustomerErasure(Store store, CurrentTenant tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    public Map<String, Object> erase(String customerId) {
        var filter = Filters.and(Filters.eq("tenant", tenant.id()), Filters.eq("customerId", customerId));
        long followUps = store.followUps().deleteMany(filter).getDeletedCount();
        long responses = store.responses().deleteMany(filter).getDeletedCount();
        long reviews = store.reviews().deleteMany(filter).getDeletedCount();
        return Map.of("customerId", customerId, "responses", responses, "reviews", reviews, "followUps", followUps);
    }
}
