package io.trailmap.touchpoint.api;

import java.time.Instant;
import java.util.UUID;

/** What erasing a customer removed, with the id of the audit record kept about it. */
public record ErasureView(String customerId, int interactions, int stageProgress, int journeys, UUID auditId, Instant erasedAt) {
}
