package io.trailmap.feedback.service;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.trailmap.common.erasure.ErasedCustomer;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Idempotency-Key for creations on MongoDB. Without transactions the key is claimed first
 * (unique _id), the creation runs, then the answer is stored; a retry meanwhile gets 409, a retry
 * afterwards the stored answer, another body 422. Keys expire after 48 h (TTL index on real MongoDB).
 */
@ApplicationScoped
public class MongoIdempotency {

    static final Duration RETENTION = Duration.ofHours(48);

    private final Store store;
    private final CurrentTenant tenant;
    private final ObjectMapper json;
    private final Clock clock;

    public MongoIdempotency(Store store, CurrentTenant tenant, ObjectMapper json, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.json = json;
        this.clock = clock;
    }

    public Response once(String key, String fingerprint, Supplier<Response> creation) {
        if (key == null) {
            return creation.get();
        }
        MongoCollection<Document> keys = store.idempotencyKeys();
        String id = tenant.id() + "\u0000" + key;
        try {
            keys.insertOne(new Document("_id", id).append("fingerprint", fingerprint).append("createdAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return replay(keys.find(Filters.eq("_id", id)).first(), key, fingerprint);
        }
        Response response;
        try {
            response = creation.get();
        } catch (RuntimeException e) {
            keys.deleteOne(Filters.eq("_id", id));
            throw e;
        }
        keys.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("status", response.getStatus()),
                Updates.set("location", response.getLocation() == null ? null : response.getLocation().toString()),
                Updates.set("etag", response.getHeaderString(HttpHeaders.ETAG)), Updates.set("body", serialize(response.getEntity()))));
        return response;
    }

    private Response replay(Document stored, String key, String fingerprint) {
        if (stored == null || !fingerprint.equals(stored.getString("fingerprint"))) {
            throw ProblemException.unprocessable("Idempotency-Key '" + key + "' was already used with a different request body");
        }
        if (stored.get("status") == null) {
            throw ProblemException.conflict("A request with Idempotency-Key '" + key + "' is still in progress; retry shortly");
        }
        Response.ResponseBuilder answer = Response.status(stored.getInteger("status")).header("Idempotent-Replayed", "true");
        if (stored.getString("location") != null) {
            answer.header(HttpHeaders.LOCATION, stored.getString("location"));
        }
        if (stored.getString("etag") != null) {
            answer.header(HttpHeaders.ETAG, stored.getString("etag"));
        }
        if (stored.getString("body") != null) {
            answer.entity(stored.getString("body")).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.build();
    }

    private String serialize(Object entity) {
        try {
            return entity == null ? null : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the answer of an idempotent request", e);
        }
    }

    /**
     * Erasure: forgets the tenant's stored answers that name the customer (as a JSON string value); a
     * retry with such a key then creates anew. Answers how many went.
     */
    public long forgetAnswersNaming(String customerId) {
        return store.idempotencyKeys().deleteMany(Filters.and(Filters.regex("_id", "^" + Pattern.quote(tenant.id()) + "\\x00"),
                Filters.regex("body", Pattern.quote(ErasedCustomer.asJsonString(customerId))))).getDeletedCount();
    }

    void declareIndexes(@Observes StartupEvent start) {
        store.idempotencyKeys().createIndex(Indexes.ascending("createdAt"),
                new IndexOptions().expireAfter(RETENTION.toSeconds(), TimeUnit.SECONDS));
    }
}
