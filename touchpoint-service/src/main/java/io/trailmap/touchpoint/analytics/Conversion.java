package io.trailmap.touchpoint.analytics;

import java.time.Instant;
import java.util.List;

/** A conversion and the touches credited for it, oldest first, the converting touch last. */
public record Conversion(Instant at, List<Touch> touches) {
}
