package io.trailmap.touchpoint.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Many funnels in one call (the gateway's batching): each journey with its stage keys in order. */
public record FunnelsRequest(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Item> funnels,
                             String window, Instant from, Instant to) {

    public record Item(@NotNull UUID journeyId, @NotEmpty @Size(max = 50) List<@NotNull String> stages) {
    }
}
