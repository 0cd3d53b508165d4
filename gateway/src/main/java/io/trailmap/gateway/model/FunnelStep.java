package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A stage of a measured funnel: customers, conversion and drop-off against the previous stage")
public record FunnelStep(@NonNull String stageKey, @NonNull Integer customers, Double conversionFromPrevious,
                         Double conversionFromStart, Integer dropOff, String medianTimeToNext) {
}
