package io.trailmap.webhooks;

import java.util.Map;

/**
 * Where a service whose causes commit in a transaction records an event: in that same transaction,
 * so the event exists exactly when its cause was committed (the dispatcher sends it later).
 */
public interface WebhookOutbox {

    /** Queues the event for every subscription of the tenant to {@code type}, in the caller's transaction. */
    void emit(String tenant, String type, Map<String, ?> data);
}
