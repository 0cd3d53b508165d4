package io.trailmap.feedback.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What a summary covers: any of journey, stage (within the journey) and touchpoint; none = everything. */
public record SummaryKey(UUID journeyId,
                         @Size(max = 64) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be a stage key (slug)") String stageKey,
                         UUID touchpointId) {
}
