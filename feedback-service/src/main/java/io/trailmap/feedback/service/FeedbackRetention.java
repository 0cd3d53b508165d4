package io.trailmap.feedback.service;

import com.mongodb.client.model.Filters;
import io.quarkus.scheduler.Scheduled;
import io.trailmap.feedback.config.FeedbackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Deployment-wide retention of feedback: responses submitted and reviews published before the
 * cut-off go, and follow-up cases resolved before it (open ones stay until someone closes them).
 * Summaries are computed from the stored responses, so they stay consistent by construction.
 */
@ApplicationScoped
public class FeedbackRetention {

    private static final Logger LOG = Logger.getLogger(FeedbackRetention.class);

    private final Store store;
    private final FeedbackConfig config;
    private final Clock clock;

    public FeedbackRetention(Store store, FeedbackConfig config, Clock clock) {
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

    /** Purges across tenants; answers how many documents went. */
    public long purgeBefore(Instant cutoff) {
        Date before = Date.from(cutoff);
        long responses = store.responses().deleteMany(Filters.lt("submittedAt", before)).getDeletedCount();
        long reviews = store.reviews().deleteMany(Filters.lt("publishedAt", before)).getDeletedCount();
        long followUps = store.followUps().deleteMany(Filters.and(Filters.eq("status", "RESOLVED"), Filters.lt("updatedAt", before)))
                .getDeletedCount();
        return responses + reviews + followUps;
    }
}
