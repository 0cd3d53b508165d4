package io.trailmap.journey.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the customer feels in a stage: −2 (very negative) … +2 (very positive), with a word for it. */
public record Emotion(
        @NotNull @Min(-2) @Max(2) Integer score,
        @Schema(nullable = true) @Size(max = 100) String label) {
}
