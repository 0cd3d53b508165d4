package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A close-the-loop case opened by unhappy feedback. */
public record FollowUpView(
        String id,
        String status,
        String sourceType,
        String sourceId,
        @Schema(nullable = true) String customerId,
        @Schema(nullable = true) String journeyId,
        @Schema(nullable = true) String stageKey,
        @Schema(nullable = true) String touchpointId,
        @Schema(nullable = true) String reason,
        @Schema(description = "Keys of the aspects the feedback complains about (all it names when none reads negative on its own)")
        List<String> aspects,
        @Schema(nullable = true) String assignee,
        @Schema(nullable = true) Instant dueAt,
        boolean overdue,
        List<Note> notes,
        @Schema(nullable = true) String resolution,
        @Schema(nullable = true) String painPointId,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant resolvedAt,
        long version) {

    public record Note(Instant at, @Schema(nullable = true) String author, String text) {
    }
}
