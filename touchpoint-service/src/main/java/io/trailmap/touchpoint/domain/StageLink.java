package io.trailmap.touchpoint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A journey stage where a touchpoint occurs (ids of journey-service, never resolved here). */
@Embeddable
public record StageLink(
        @NotNull @Column(name = "journey_id", nullable = false) UUID journeyId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be a stage key (slug)")
        @Column(name = "stage_key", nullable = false) String stageKey) {
}
