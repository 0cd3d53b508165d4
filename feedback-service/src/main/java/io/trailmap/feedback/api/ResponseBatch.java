package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One of the shapes {@code POST /responses} reads, for its OpenAPI document: up to 1 000 responses
 * in an object (one response and a JSON array of them are the others). Read one by one, not bound.
 */
@Schema(description = "Up to 1 000 responses, as {\"responses\": [...]}")
public record ResponseBatch(@Schema(required = true, maxItems = 1_000) List<ResponseInput> responses) {
}
