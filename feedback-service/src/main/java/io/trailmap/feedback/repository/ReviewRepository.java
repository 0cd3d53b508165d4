package io.trailmap.feedback.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.feedback.domain.Review;
import io.trailmap.feedback.service.MongoPages;
import io.trailmap.feedback.service.Store;
import jakarta.inject.Singleton;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWrapper;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.function.Function;

/** The {@code reviews} collection as {@link Review} records. */
@Singleton
public class ReviewRepository extends FeedbackRepository<Review> {

    public ReviewRepository(Store store) {
        super(store.collection(Store.REVIEWS, Review.class));
    }

    @Override
    protected Document naturalKey(Review review) {
        return new Document("tenant", review.tenant()).append("source", review.source()).append("sourceId", review.sourceId());
    }

    public Review findById(String id) {
        return collection.find(Filters.eq("_id", id)).first();
    }

    public void setReply(String id, Review.Reply reply) {
        BsonDocument encoded = BsonDocumentWrapper.asBsonDocument(reply, collection.getCodecRegistry());
        collection.updateOne(Filters.eq("_id", id), Updates.set("reply", encoded));
    }

    /** Oldest first by {@code publishedAt}. */
    public <V> Page<V> page(List<Bson> filters, PageRequest page, Function<Review, V> view) {
        return MongoPages.page(collection, filters, "publishedAt", page, Review::publishedAt, Review::id, view);
    }
}
