package io.trailmap.feedback.repository;

import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.feedback.domain.Response;
import io.trailmap.feedback.service.MongoPages;
import io.trailmap.feedback.service.Store;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.function.Function;

/** The {@code responses} collection as {@link Response} records. */
@Singleton
public class ResponseRepository extends FeedbackRepository<Response> {

    public ResponseRepository(Store store) {
        super(store.collection(Store.RESPONSES, Response.class));
    }

    @Override
    protected Document naturalKey(Response response) {
        return new Document("tenant", response.tenant()).append("responseId", response.responseId());
    }

    /** Oldest first by {@code submittedAt}. */
    public <V> Page<V> page(List<Bson> filters, PageRequest page, Function<Response, V> view) {
        return MongoPages.page(collection, filters, "submittedAt", page, Response::submittedAt, Response::id, view);
    }
}
