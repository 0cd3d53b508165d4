package io.trailmap.touchpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An erasure as the audit keeps it: who, when, how much — never whose data. */
public record ErasureAuditView(
        UUID id,
        @Schema(nullable = true, description = "The admin's token subject") String erasedBy,
        Instant erasedAt,
        int interactions,
        int stageProgress,
        int journeys) {
}
