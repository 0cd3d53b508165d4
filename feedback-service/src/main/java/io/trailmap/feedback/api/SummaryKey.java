package io.trailmap.feedback.api;

import io.trailmap.common.validation.StageKey;

import java.util.UUID;

/** What a summary covers: any of journey, stage (within the journey) and touchpoint; none = everything. */
public record SummaryKey(UUID journeyId,
                         @StageKey String stageKey,
                         UUID touchpointId) {
}
