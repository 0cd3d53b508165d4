package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An erasure as the audit keeps it: who, when, how much — never whose data. */
@Schema(name = "ErasureAuditEntry")
public record ErasureAuditView(String id, @Schema(nullable = true, description = "The admin's token subject") String erasedBy,
                               Instant erasedAt, long responses, long reviews, long followUps) {
}
