package io.trailmap.journey.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure the stage is judged by, with its target (e.g. "checkout conversion", "≥ 65 %"). */
public record Kpi(
        @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 200) String target) {
}
