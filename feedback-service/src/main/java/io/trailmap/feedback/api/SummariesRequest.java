package io.trailmap.feedback.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Many summaries in one call: one per key, in the order of {@code keys}. */
public record SummariesRequest(
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull SummaryKey> keys,
        @Schema(nullable = true) Instant from,
        @Schema(nullable = true) Instant to) {
}
