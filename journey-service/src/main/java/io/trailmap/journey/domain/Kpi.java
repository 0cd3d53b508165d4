package io.trailmap.journey.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A measure the stage is judged by, with its target (e.g. "checkout conversion", "≥ 65 %"). */
public record Kpi(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String target) {
}
