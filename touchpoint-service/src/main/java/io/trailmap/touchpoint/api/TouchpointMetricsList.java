package io.trailmap.touchpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code POST /analytics/touchpoints}: one entry per requested id, in order; null for an
 * id not in the catalogue (items described in {@code META-INF/openapi.yaml}: annotations cannot make them nullable).
 */
public record TouchpointMetricsList(
        @Schema(required = true, ref = "#/components/schemas/TouchpointMetricsOrNulls") List<TouchpointMetricsView> metrics,
        @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf) {
}
