package io.trailmap.feedback.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A partial change of a follow-up (absent fields stay): status OPEN → IN_PROGRESS → RESOLVED
 * (RESOLVED needs a resolution, given now or before), assignee, due time, a note to append,
 * the journey pain point it relates to.
 */
public record FollowUpPatch(
        @Pattern(regexp = "OPEN|IN_PROGRESS|RESOLVED", message = "must be OPEN, IN_PROGRESS or RESOLVED") @Schema(nullable = true) String status,
        @Size(max = 200) @Schema(nullable = true) String assignee,
        @Schema(nullable = true) Instant dueAt,
        @Size(max = 4000) @Schema(nullable = true) String note,
        @Size(max = 4000) @Schema(nullable = true) String resolution,
        @Size(max = 64) @Schema(nullable = true) String painPointId) {
}
