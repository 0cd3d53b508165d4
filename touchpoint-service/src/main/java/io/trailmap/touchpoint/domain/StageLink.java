package io.trailmap.touchpoint.domain;

import io.trailmap.common.validation.StageKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A journey stage where a touchpoint occurs (ids of journey-service, never resolved here). */
@Embeddable
public record StageLink(
        @NotNull @Column(name = "journey_id", nullable = false) UUID journeyId,
        @NotBlank @StageKey
        @Column(name = "stage_key", nullable = false) String stageKey) {
}
