package io.trailmap.journey.api;

import java.time.Instant;
import java.util.UUID;

public record JourneyVersionSummary(UUID journeyId, int number, Instant publishedAt, String publishedBy) {
}
