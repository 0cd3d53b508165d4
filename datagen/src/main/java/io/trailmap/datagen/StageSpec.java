package io.trailmap.datagen;

import java.util.List;

/**
 * A stage of a generated journey: its key, the touchpoints where it happens, the interaction type
 * customers perform there, and the chance that a customer who reached it goes on to the next one.
 */
public record StageSpec(String key, List<TouchpointSpec> touchpoints, String type, double continueProbability) {
}
