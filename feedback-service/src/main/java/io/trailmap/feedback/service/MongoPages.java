package io.trailmap.feedback.service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.trailmap.common.paging.Cursor;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Keyset pages over a collection ordered by a time field and {@code _id} (a UUID string). */
public final class MongoPages {

    private MongoPages() {
    }

    /** Oldest first: the cursor continues with what comes after its position. */
    static <T> Page<T> page(MongoCollection<Document> collection, List<Bson> filters, String timeField, PageRequest page,
                            Function<Document, T> view) {
        return page(collection, filters, timeField, page, view, true);
    }

    /** Newest first: the cursor continues with what is older than its position. */
    public static <T> Page<T> newestFirst(MongoCollection<Document> collection, List<Bson> filters, String timeField, PageRequest page,
                                          Function<Document, T> view) {
        return page(collection, filters, timeField, page, view, false);
    }

    private static <T> Page<T> page(MongoCollection<Document> collection, List<Bson> filters, String timeField, PageRequest page,
                                    Function<Document, T> view, boolean ascending) {
        return page(collection, filters, timeField, page, d -> Docs.instant(d, timeField), d -> d.getString("_id"), view, ascending);
    }

    /** Oldest first over a collection of records: {@code timeOf} and {@code idOf} read the page's position. */
    public static <R, T> Page<T> page(MongoCollection<R> collection, List<Bson> filters, String timeField, PageRequest page,
                                      Function<R, Instant> timeOf, Function<R, String> idOf, Function<R, T> view) {
        return page(collection, filters, timeField, page, timeOf, idOf, view, true);
    }

    private static <R, T> Page<T> page(MongoCollection<R> collection, List<Bson> filters, String timeField, PageRequest page,
                                       Function<R, Instant> timeOf, Function<R, String> idOf, Function<R, T> view, boolean ascending) {
        List<Bson> all = new ArrayList<>(filters);
        if (page.cursor() != null) {
            Date at = Docs.date(page.cursor().after());
            String id = page.cursor().afterId().toString();
            all.add(ascending
                    ? Filters.or(Filters.gt(timeField, at), Filters.and(Filters.eq(timeField, at), Filters.gt("_id", id)))
                    : Filters.or(Filters.lt(timeField, at), Filters.and(Filters.eq(timeField, at), Filters.lt("_id", id))));
        }
        Bson order = ascending ? Sorts.ascending(timeField, "_id") : Sorts.descending(timeField, "_id");
        List<R> rows = collection.find(Filters.and(all)).sort(order).limit(page.fetchSize()).into(new ArrayList<>());
        return Page.fromOverfetched(rows, page.limit(), r -> new Cursor(timeOf.apply(r), UUID.fromString(idOf.apply(r))).encode()).map(view);
    }
}
