package io.trailmap.feedback.webhook;

import io.trailmap.webhooks.mongo.MongoWebhookStore;
import io.quarkus.scheduler.Scheduled;
import io.trailmap.webhooks.WebhookConfig;
import io.trailmap.webhooks.WebhookDispatcher;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** The background work of feedback-service's webhooks, on every replica. */
@ApplicationScoped
public class FeedbackWebhookJobs {

    private final OutboxRelay relay;
    private final OverdueFollowUps overdue;
    private final WebhookDispatcher dispatcher;

    public FeedbackWebhookJobs(OutboxRelay relay, OverdueFollowUps overdue, MongoWebhookStore store, WebhookConfig config, Clock clock) {
        this.relay = relay;
        this.overdue = overdue;
        this.dispatcher = new WebhookDispatcher(store, config, clock);
    }

    @Scheduled(every = "${trailmap.webhooks.dispatch-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayAndDispatch() {
        relay.relay();
        dispatcher.dispatch();
    }

    @Scheduled(every = "${trailmap.webhooks.purge-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeLog() {
        dispatcher.purgeLog();
    }

    @Scheduled(every = "${trailmap.feedback.overdue-scan-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announceOverdue() {
        overdue.announce();
    }
}
