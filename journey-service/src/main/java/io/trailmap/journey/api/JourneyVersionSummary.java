package io.trailmap.journey.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

public record JourneyVersionSummary(UUID journeyId, int number, Instant publishedAt,
                                    @Schema(nullable = true, description = "The publisher's token subject") String publishedBy) {
}
