package io.trailmap.journey.api;

import io.trailmap.journey.domain.JourneyStatus;
import io.trailmap.journey.domain.MapType;
import io.trailmap.journey.domain.Segment;
import io.trailmap.journey.domain.Stage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A journey map as the API answers it. */
public record JourneyView(
        UUID id,
        String name,
        String description,
        MapType mapType,
        Segment segment,
        JourneyStatus status,
        List<UUID> personaIds,
        String ownerTeam,
        int reviewIntervalDays,
        Instant lastReviewedAt,
        Instant nextReviewAt,
        boolean reviewDue,
        Integer publishedVersion,
        boolean unpublishedChanges,
        String templateKey,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<Stage> stages) {
}
