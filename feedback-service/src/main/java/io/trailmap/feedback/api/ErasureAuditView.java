package io.trailmap.feedback.api;

import java.time.Instant;

/** An erasure as the audit keeps it: who, when, how much — never whose data. */
public record ErasureAuditView(String id, String erasedBy, Instant erasedAt, long responses, long reviews, long followUps) {
}
