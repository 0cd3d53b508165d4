package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * What erasing a customer removed, for the OpenAPI document: CustomerErasure answers a map of exactly
 * these fields.
 */
@Schema(description = "What erasing the customer removed, with the id of the audit record kept about it")
public record ErasureView(String customerId, long responses, long reviews, long followUps, UUID auditId, Instant erasedAt) {

    /** One entry of the erasure audit: who, when, how much — never whose data. */
    @Schema(name = "ErasureAuditEntry")
    public record AuditEntry(UUID id, @Schema(nullable = true, description = "The admin's token subject") String erasedBy,
                             Instant erasedAt, long responses, long reviews, long followUps) {
    }
}
