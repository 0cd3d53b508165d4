package io.trailmap.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription: its id is the {@code webhook-id} of every attempt. Status PENDING,
 * DELIVERED or FAILED; {@code lastStatus} -1 when no answer came.
 */
public record WebhookDelivery(
        @Schema(description = "The webhook-id of every attempt, msg_…") String id,
        String tenant,
        UUID subscriptionId,
        String eventType,
        @Schema(description = "The signed body as sent: {type, timestamp, data} as JSON text") String payload,
        @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
        int attempts,
        @Schema(nullable = true, description = "When it is tried next; null once DELIVERED or FAILED") Instant nextAttemptAt,
        @Schema(nullable = true, description = "The last attempt's HTTP status, -1 when no answer came; null before the first") Integer lastStatus,
        @Schema(nullable = true) String lastError,
        Instant createdAt,
        @Schema(nullable = true) Instant deliveredAt) {
}
