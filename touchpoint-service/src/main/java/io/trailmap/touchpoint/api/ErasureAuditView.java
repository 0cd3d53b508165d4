package io.trailmap.touchpoint.api;

import java.time.Instant;
import java.util.UUID;

/** An erasure as the audit keeps it: who, when, how much — never whose data. */
public record ErasureAuditView(UUID id, String erasedBy, Instant erasedAt, int interactions, int stageProgress, int journeys) {
}
