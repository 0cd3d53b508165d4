package io.trailmap.journey.api;

import io.trailmap.journey.domain.JourneyStatus;
import io.trailmap.journey.domain.MapType;
import io.trailmap.journey.domain.Segment;
import io.trailmap.journey.domain.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A journey map as the API answers it. */
public record JourneyView(
        UUID id,
        String name,
        @Schema(nullable = true) String description,
        MapType mapType,
        Segment segment,
        JourneyStatus status,
        List<UUID> personaIds,
        @Schema(nullable = true) String ownerTeam,
        int reviewIntervalDays,
        @Schema(nullable = true) Instant lastReviewedAt,
        Instant nextReviewAt,
        boolean reviewDue,
        @Schema(nullable = true, description = "The latest published version; null before the first publish") Integer publishedVersion,
        boolean unpublishedChanges,
        @Schema(nullable = true, description = "The template it was started from, if any") String templateKey,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<Stage> stages) {
}
