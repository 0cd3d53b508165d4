package io.trailmap.touchpoint.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Many funnels in one call (the gateway's batching): each journey with its stage keys in order. */
public record FunnelsRequest(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Item> funnels,
                             @Schema(nullable = true, description = "ISO-8601, default P30D") String window,
                             @Schema(nullable = true) Instant from, @Schema(nullable = true) Instant to) {

    public record Item(@NotNull UUID journeyId, @NotEmpty @Size(max = 50) List<@NotNull String> stages) {
    }
}
