package io.trailmap.touchpoint.api;

import java.time.Instant;
import java.util.UUID;

/**
 * What erasing a customer removed, with the id of the audit record kept about it. {@code repeated}: the
 * customer had been erased before and nothing of them was left, so this is that erasure's receipt again.
 */
public record ErasureView(String customerId, int interactions, int stageProgress, int journeys, UUID auditId, Instant erasedAt,
                          boolean repeated) {

    public static ErasureView of(String customerId, ErasureAuditView audit, boolean repeated) {
        return new ErasureView(customerId, audit.interactions(), audit.stageProgress(), audit.journeys(), audit.id(), audit.erasedAt(),
                repeated);
    }
}
