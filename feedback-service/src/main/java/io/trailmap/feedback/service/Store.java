package io.trailmap.feedback.service;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import io.trailmap.feedback.config.FeedbackConfig;
import io.trailmap.webhooks.mongo.MongoWebhookStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.bson.Document;

import java.util.List;

/**
 * The feedback collections. Every document carries {@code tenant}; every index leads with it.
 * Indexes are declared at start-up for real MongoDB (the wire server used in tests accepts the
 * non-unique ones without building them, and enforces the unique ones).
 */
@ApplicationScoped
public class Store {

    public static final String RESPONSES = "responses";
    public static final String REVIEWS = "reviews";
    public static final String FOLLOW_UPS = "follow_ups";

    private final MongoDatabase db;
    private final MongoWebhookStore webhooks;

    public Store(MongoClient client, FeedbackConfig config) {
        this.db = client.getDatabase(config.database());
        this.webhooks = new MongoWebhookStore(db);
    }

    /** A collection read and written as records of {@code type} (the driver's record codec). */
    public <T> MongoCollection<T> collection(String name, Class<T> type) {
        return db.getCollection(name, type);
    }

    public MongoCollection<Document> surveys() {
        return db.getCollection("surveys");
    }

    public MongoCollection<Document> responses() {
        return db.getCollection(RESPONSES);
    }

    public MongoCollection<Document> reviews() {
        return db.getCollection(REVIEWS);
    }

    public MongoCollection<Document> followUps() {
        return db.getCollection(FOLLOW_UPS);
    }

    /** Feedback pre-aggregated per tenant, day, place and kind ({@link SummaryBuckets}). */
    public MongoCollection<Document> summaryBuckets() {
        return db.getCollection("summary_buckets");
    }

    /** The newest example comments per summary bucket and aspect ({@link SummaryBuckets}). */
    public MongoCollection<Document> summaryExamples() {
        return db.getCollection("summary_examples");
    }

    /** Each tenant's themes: one document per tenant, keyed by the tenant. */
    public MongoCollection<Document> themes() {
        return db.getCollection("themes");
    }

    /** Who erased a customer, when, and how much went — never whose data. */
    public MongoCollection<Document> erasureAudit() {
        return db.getCollection("erasure_audit");
    }

    /** File imports with their progress and row errors. */
    public MongoCollection<Document> imports() {
        return db.getCollection("imports");
    }

    /** Webhook subscriptions and deliveries, in this database. */
    @Produces
    @Singleton
    MongoWebhookStore webhooks() {
        return webhooks;
    }

    /** One document per data migration applied to this database ({@link LegacyThemes}). */
    public MongoCollection<Document> migrations() {
        return db.getCollection("migrations");
    }

    public MongoCollection<Document> idempotencyKeys() {
        return db.getCollection("idempotency_keys");
    }

    void declareIndexes(@Observes StartupEvent start) {
        IndexOptions unique = new IndexOptions().unique(true);
        responses().createIndex(Indexes.ascending("tenant", "responseId"), unique);
        responses().createIndex(Indexes.ascending("tenant", "journeyId", "stageKey", "submittedAt"));
        responses().createIndex(Indexes.ascending("tenant", "touchpointId", "submittedAt"));
        responses().createIndex(Indexes.ascending("tenant", "customerId"));
        responses().createIndex(Indexes.ascending("tenant", "submittedAt", "_id"));
        reviews().createIndex(Indexes.ascending("tenant", "source", "sourceId"), unique);
        reviews().createIndex(Indexes.ascending("tenant", "publishedAt", "_id"));
        followUps().createIndex(Indexes.ascending("tenant", "sourceType", "sourceId"), unique);
        followUps().createIndex(Indexes.ascending("tenant", "status", "dueAt"));
        followUps().createIndex(Indexes.ascending("tenant", "customerId"));
        summaryBuckets().createIndex(Indexes.ascending("tenant", "journeyId", "stageKey", "day"));
        summaryExamples().createIndex(Indexes.ascending("tenant", "aspect", "journeyId", "stageKey", "day"));
        surveys().createIndex(Indexes.ascending("tenant", "createdAt", "_id"));
        erasureAudit().createIndex(Indexes.ascending("tenant", "erasedAt"));
        erasureAudit().createIndex(Indexes.ascending("tenant", "customerDigest", "status"));
        followUps().createIndex(Indexes.ascending("status", "dueAt"));   // the overdue scan, across tenants
        IndexOptions waiting = new IndexOptions().sparse(true);   // the outbox relay: only documents with events waiting
        for (MongoCollection<Document> causes : List.of(responses(), reviews(), followUps(), erasureAudit())) {
            causes.createIndex(Indexes.ascending("outbox.id"), waiting);
        }
        webhooks.declareIndexes();
    }
}
