package io.trailmap.journey.api;

import io.trailmap.journey.domain.JourneyDiff;

import java.util.UUID;

/** The changes from journey {@code againstId} (the base, e.g. current state) to {@code journeyId}. */
public record JourneyDiffView(UUID journeyId, UUID againstId,
                              @com.fasterxml.jackson.annotation.JsonUnwrapped JourneyDiff.Result diff) {
}
