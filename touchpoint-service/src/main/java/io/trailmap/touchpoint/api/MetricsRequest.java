package io.trailmap.touchpoint.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Metrics of many touchpoints in one call (the gateway's batching: up to a page of 500, as lists have). */
public record MetricsRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull UUID> touchpointIds,
                             @Schema(nullable = true) Instant from, @Schema(nullable = true) Instant to) {
}
