package io.trailmap.journey.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The new order of a journey's stages: every key exactly once. */
public record StageOrder(@NotNull @Size(max = 50) List<@NotNull String> keys) {
}
