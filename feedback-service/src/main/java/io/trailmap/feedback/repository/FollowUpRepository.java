package io.trailmap.feedback.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.feedback.domain.FollowUp;
import io.trailmap.feedback.service.MongoPages;
import io.trailmap.feedback.service.Store;
import jakarta.inject.Singleton;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWrapper;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The {@code follow_ups} collection as {@link FollowUp} records. */
@Singleton
public class FollowUpRepository {

    private final MongoCollection<FollowUp> collection;

    public FollowUpRepository(Store store) {
        this.collection = store.collection(Store.FOLLOW_UPS, FollowUp.class);
    }

    /** The unique key of a case as a plain equality document: both stores answer it from the unique index. */
    public static Document sourceKey(String tenant, String sourceType, String sourceId) {
        return new Document("tenant", tenant).append("sourceType", sourceType).append("sourceId", sourceId);
    }

    /**
     * Inserts each case unless one exists for its feedback (an upsert by the unique key that sets only on insert), in one
     * bulk write; answers the cases it inserted.
     */
    public List<FollowUp> insertMissing(List<FollowUp> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<WriteModel<FollowUp>> upserts = new ArrayList<>(cases.size());
        for (FollowUp c : cases) {
            BsonDocument fields = BsonDocumentWrapper.asBsonDocument(c, collection.getCodecRegistry()).clone();
            Document key = sourceKey(c.tenant(), c.sourceType(), c.sourceId());
            key.keySet().forEach(fields::remove);   // the upsert takes them from the filter
            upserts.add(new UpdateOneModel<>(key, new BsonDocument("$setOnInsert", fields), new UpdateOptions().upsert(true)));
        }
        var written = collection.bulkWrite(upserts, new BulkWriteOptions().ordered(false));
        return written.getUpserts().stream().map(upsert -> cases.get(upsert.getIndex())).toList();
    }

    public FollowUp findBySource(String tenant, String sourceType, String sourceId) {
        return collection.find(sourceKey(tenant, sourceType, sourceId)).first();
    }

    public FollowUp findById(String id) {
        return collection.find(Filters.eq("_id", id)).first();
    }

    /** Applies {@code changes} if the case is still at {@code expectedVersion}; answers it after, or null when it moved on. */
    public FollowUp updateIfVersion(String tenant, String id, long expectedVersion, Bson changes) {
        return collection.findOneAndUpdate(
                Filters.and(Filters.eq("tenant", tenant), Filters.eq("_id", id), Filters.eq("version", expectedVersion)),
                changes, new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Oldest first by {@code createdAt}. */
    public <V> Page<V> page(List<Bson> filters, PageRequest page, Function<FollowUp, V> view) {
        return MongoPages.page(collection, filters, "createdAt", page, FollowUp::createdAt, FollowUp::id, view);
    }

    /** Up to {@code limit} cases matching {@code filter} after {@code afterId} (null: from the start), in id order. */
    public List<FollowUp> pageById(Bson filter, String afterId, int limit) {
        Bson next = afterId == null ? filter : Filters.and(filter, Filters.gt("_id", afterId));
        return collection.find(next).sort(Sorts.ascending("_id")).limit(limit).into(new ArrayList<>());
    }

    /** Applies {@code change} to the case if it still matches {@code condition}; answers whether it did. */
    public boolean updateIf(String id, Bson condition, Bson change) {
        return collection.updateOne(Filters.and(Filters.eq("_id", id), condition), change).getModifiedCount() > 0;
    }
}
