package io.trailmap.touchpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The two shapes {@code POST /interactions} reads, for its OpenAPI document: a JSON array of
 * interactions, or this object around one. The events are read one by one (BatchParser), not bound.
 */
@Schema(description = "Up to 10 000 interactions, as {\"events\": [...]}")
public record InteractionBatch(@Schema(required = true, maxItems = 10_000) List<InteractionInput> events) {
}
