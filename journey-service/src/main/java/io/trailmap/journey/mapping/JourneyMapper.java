package io.trailmap.journey.mapping;

import io.trailmap.journey.api.JourneyInput;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.domain.JourneyEntity;
import io.trailmap.journey.domain.ReviewSchedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Journey entity ↔ API model, in one place. */
public final class JourneyMapper {

    private JourneyMapper() {
    }

    public static JourneyView toView(JourneyEntity e, Instant now) {
        return new JourneyView(e.id, e.name, e.description, e.mapType, e.segment, e.status,
                List.copyOf(e.personaIds), e.ownerTeam, e.reviewIntervalDays, e.lastReviewedAt, e.nextReviewAt,
                ReviewSchedule.isDue(e.status, e.nextReviewAt, now), e.publishedVersion,
                e.publishedAtRowVersion != null && e.publishedAtRowVersion != e.version,
                e.templateKey, e.createdAt, e.updatedAt, e.version, List.copyOf(e.stages));
    }

    /** Copies the writable fields of {@code input} (stages excepted: they are normalised by the caller). */
    public static void applyHeader(JourneyInput input, JourneyEntity e) {
        e.name = input.name().strip();
        e.description = input.description();
        e.mapType = input.mapType();
        e.segment = input.segment();
        e.personaIds = input.personaIds() == null ? new ArrayList<>() : new ArrayList<>(input.personaIds().stream().distinct().toList());
        e.ownerTeam = input.ownerTeam();
        e.reviewIntervalDays = input.reviewIntervalDays() == null ? ReviewSchedule.DEFAULT_INTERVAL_DAYS : input.reviewIntervalDays();
        Instant reviewedFrom = e.lastReviewedAt != null ? e.lastReviewedAt : e.createdAt;
        e.nextReviewAt = ReviewSchedule.nextReview(reviewedFrom, e.reviewIntervalDays);
    }
}
