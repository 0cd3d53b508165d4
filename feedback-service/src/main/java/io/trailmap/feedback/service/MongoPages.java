package io.trailmap.feedback.service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.trailmap.common.paging.Cursor;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Keyset pages over a collection ordered by a time field and {@code _id} (a UUID string). */
final class MongoPages {

    private MongoPages() {
    }

    static <T> Page<T> page(MongoCollection<Document> collection, List<Bson> filters, String timeField, PageRequest page,
                            Function<Document, T> view) {
        List<Bson> all = new ArrayList<>(filters);
        if (page.cursor() != null) {
            all.add(Filters.or(Filters.gt(timeField, Docs.date(page.cursor().after())),
                    Filters.and(Filters.eq(timeField, Docs.date(page.cursor().after())),
                            Filters.gt("_id", page.cursor().afterId().toString()))));
        }
        List<Document> rows = collection.find(Filters.and(all)).sort(Sorts.ascending(timeField, "_id"))
                .limit(page.fetchSize()).into(new ArrayList<>());
        return Page.fromOverfetched(rows, page.limit(),
                d -> new Cursor(Docs.instant(d, timeField), UUID.fromString(d.getString("_id"))).encode()).map(view);
    }
}
