package io.trailmap.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a tenant wants which events sent, with the secret that signs them; paused after repeated failures. */
public record WebhookSubscription(UUID id, String tenant, String url, List<String> eventTypes, String secret, boolean active,
                                  String pausedReason, int consecutiveFailures, Instant createdAt) {
}
