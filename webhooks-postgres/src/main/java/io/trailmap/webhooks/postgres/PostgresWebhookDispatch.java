package io.trailmap.webhooks.postgres;

import io.quarkus.scheduler.Scheduled;
import io.trailmap.webhooks.WebhookConfig;
import io.trailmap.webhooks.WebhookDispatcher;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Sends the due deliveries of this service every second (on every replica; claims do not overlap) and keeps the log's retention. */
@ApplicationScoped
public class PostgresWebhookDispatch {

    private final WebhookDispatcher dispatcher;

    public PostgresWebhookDispatch(PostgresWebhookStore store, WebhookConfig config, Clock clock) {
        this.dispatcher = new WebhookDispatcher(store, config, clock);
    }

    @Scheduled(every = "${trailmap.webhooks.dispatch-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        dispatcher.dispatch();
    }

    @Scheduled(every = "${trailmap.webhooks.purge-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeLog() {
        dispatcher.purgeLog();
    }
}
