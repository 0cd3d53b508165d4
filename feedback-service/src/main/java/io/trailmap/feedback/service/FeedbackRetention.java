package io.trailmap.feedback.service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.scheduler.Scheduled;
import com.mongodb.client.model.Projections;
import io.trailmap.feedback.config.FeedbackConfig;
import io.trailmap.feedback.repository.FeedbackRepository;
import io.trailmap.feedback.repository.ResponseRepository;
import io.trailmap.feedback.repository.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Deployment-wide retention of feedback: responses submitted and reviews published before the
 * cut-off go, and follow-up cases resolved before it (open ones stay until someone closes them).
 * Responses and reviews leave the summary buckets as they go ({@link #expire}).
 */
@ApplicationScoped
public class FeedbackRetention {

    private static final Logger LOG = Logger.getLogger(FeedbackRetention.class);

    private final Store store;
    private final FeedbackConfig config;
    private final Clock clock;
    private final SummaryBuckets buckets;
    private final ResponseRepository responses;
    private final ReviewRepository reviews;
    private static final String EXPIRING = "expiring";

    public FeedbackRetention(Store store, FeedbackConfig config, Clock clock, SummaryBuckets buckets, ResponseRepository responses,
                             ReviewRepository reviews) {
        this.buckets = buckets;
        this.responses = responses;
        this.reviews = reviews;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${trailmap.feedback.retention-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        config.retention().ifPresent(age -> {
            long purged = purgeBefore(clock.instant().minus(age));
            if (purged > 0) {
                LOG.infof("retention: purged %d feedback documents older than %s", purged, age);
            }
        });
    }

    /**
     * Marks what goes with this run's name, takes everything marked (by this run or one a crash cut short,
     * under the name it was marked with) out of the summary buckets, then deletes it.
     */
    private long expire(MongoCollection<Document> collection, FeedbackRepository<?> typed, Bson old) {
        collection.updateMany(Filters.and(old, Filters.exists(EXPIRING, false)), Updates.set(EXPIRING, "retention:" + UUID.randomUUID()));
        Bson marked = Filters.exists(EXPIRING, true);
        Set<String> runs = new TreeSet<>();
        collection.find(marked).projection(Projections.include(EXPIRING)).forEach(doc -> runs.add(doc.getString(EXPIRING)));
        runs.forEach(run -> buckets.remove(typed.find(Filters.eq(EXPIRING, run)), run));
        return collection.deleteMany(marked).getDeletedCount();
    }

    /** Purges across tenants; answers how many documents went. */
    public long purgeBefore(Instant cutoff) {
        Date before = Date.from(cutoff);
        long responses = expire(store.responses(), this.responses, Filters.lt("submittedAt", before));
        long reviews = expire(store.reviews(), this.reviews, Filters.lt("publishedAt", before));
        long followUps = store.followUps().deleteMany(Filters.and(Filters.eq("status", "RESOLVED"), Filters.lt("updatedAt", before)))
                .getDeletedCount();
        return responses + reviews + followUps;
    }
}
