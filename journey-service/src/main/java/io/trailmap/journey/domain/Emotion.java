package io.trailmap.journey.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How the customer feels in a stage: −2 (very negative) … +2 (very positive), with a word for it. */
public record Emotion(
        @NotNull @Min(-2) @Max(2) Integer score,
        @Size(max = 100) String label) {
}
