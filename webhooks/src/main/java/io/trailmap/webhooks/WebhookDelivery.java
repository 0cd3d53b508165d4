package io.trailmap.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription: its id is the {@code webhook-id} of every attempt. Status PENDING,
 * DELIVERED or FAILED; {@code lastStatus} -1 when no answer came.
 */
public record WebhookDelivery(String id, String tenant, UUID subscriptionId, String eventType, String payload, String status,
                              int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
                              Instant deliveredAt) {
}
