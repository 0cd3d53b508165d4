package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.analytics.ExperimentStats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ExperimentView(UUID journeyId, String stageKey, String conversion, List<ExperimentStats.VariantResult> variants,
        @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf) {
}
