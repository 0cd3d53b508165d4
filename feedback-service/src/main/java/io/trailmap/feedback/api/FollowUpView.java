package io.trailmap.feedback.api;

import java.time.Instant;
import java.util.List;

/** A close-the-loop case opened by unhappy feedback. */
public record FollowUpView(String id, String status, String sourceType, String sourceId, String customerId,
                           String journeyId, String stageKey, String touchpointId, String reason, String assignee,
                           Instant dueAt, boolean overdue, List<Note> notes, String resolution, String painPointId,
                           Instant createdAt, Instant updatedAt, Instant resolvedAt, long version) {

    public record Note(Instant at, String author, String text) {
    }
}
