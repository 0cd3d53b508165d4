package io.trailmap.feedback.repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import io.trailmap.feedback.domain.Feedback;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A collection of feedback (responses or reviews) read and written as records. Exact lookups go through {@code _id}
 * (derived from the feedback's natural key, {@link io.trailmap.feedback.service.FeedbackIds}); the natural key, which
 * both stores index uniquely, is the fallback for feedback stored before ids were derived.
 */
public abstract class FeedbackRepository<F extends Feedback<F>> {

    private static final int DUPLICATE_KEY = 11000;

    protected final MongoCollection<F> collection;

    protected FeedbackRepository(MongoCollection<F> collection) {
        this.collection = collection;
    }

    /** The unique key of a piece of feedback besides its id, as a plain equality document (both stores answer it from the index). */
    protected abstract Document naturalKey(F feedback);

    /** Of {@code ids}, the feedback stored, by id: one query. */
    public Map<String, F> findByIds(Collection<String> ids) {
        Map<String, F> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            collection.find(Filters.in("_id", ids)).forEach(f -> stored.put(f.id(), f));
        }
        return stored;
    }

    /** The stored feedback that {@code mine} duplicates: by id, else by its natural key; null when there is none. */
    public F findSame(F mine) {
        F byId = collection.find(Filters.eq("_id", mine.id())).first();
        return byId != null ? byId : collection.find(naturalKey(mine)).first();
    }

    /** Inserts all in one unordered write; answers the ids of those a concurrent writer had stored first (duplicate keys). */
    public Set<String> insertNew(List<F> fresh) {
        Set<String> lost = new HashSet<>();
        if (fresh.isEmpty()) {
            return lost;
        }
        try {
            if (fresh.size() == 1) {
                collection.insertOne(fresh.getFirst());
            } else {
                collection.insertMany(fresh, new InsertManyOptions().ordered(false));
            }
        } catch (MongoBulkWriteException e) {
            for (var error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                lost.add(fresh.get(error.getIndex()).id());
            }
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            lost.add(fresh.getFirst().id());
        }
        return lost;
    }

    public void setFollowUpId(String id, String followUpId) {
        collection.updateOne(Filters.eq("_id", id), Updates.set("followUpId", followUpId));
    }

    /** A customer's feedback in a tenant. */
    public List<F> ofCustomer(String tenant, String customerId) {
        return collection.find(ofCustomerFilter(tenant, customerId)).into(new ArrayList<>());
    }

    public static Bson ofCustomerFilter(String tenant, String customerId) {
        return Filters.and(Filters.eq("tenant", tenant), Filters.eq("customerId", customerId));
    }

    /** The feedback matching a filter (retention's marked documents). */
    public List<F> find(Bson filter) {
        return collection.find(filter).into(new ArrayList<>());
    }
}
