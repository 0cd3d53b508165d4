package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.analytics.ExperimentStats;

import java.util.List;
import java.util.UUID;

public record ExperimentView(UUID journeyId, String stageKey, String conversion, List<ExperimentStats.VariantResult> variants) {
}
