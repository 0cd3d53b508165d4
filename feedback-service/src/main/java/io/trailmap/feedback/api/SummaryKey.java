package io.trailmap.feedback.api;

import io.trailmap.common.validation.StageKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What a summary covers: any of journey, stage (within the journey) and touchpoint; none = everything. */
public record SummaryKey(@Schema(nullable = true) UUID journeyId,
                         @StageKey @Schema(nullable = true) String stageKey,
                         @Schema(nullable = true) UUID touchpointId) {
}
