package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * What erasing a customer removed, with the id of the audit record kept about it. {@code repeated}: the
 * customer had been erased before and nothing of them was left, so this is that erasure's receipt again.
 */
@Schema(description = "What erasing the customer removed, with the id of the audit record kept about it")
public record ErasureView(String customerId, long responses, long reviews, long followUps, UUID auditId, Instant erasedAt,
                          @Schema(description = "True when the customer had been erased before and nothing of them was left:"
                                  + " this is that erasure's receipt again") boolean repeated) {
}
