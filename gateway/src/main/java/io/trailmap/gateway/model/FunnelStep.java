package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A stage of a measured funnel: customers, conversion and drop-off against the previous stage")
public record FunnelStep(
        @NonNull @Description("The stage's key") String stageKey,
        @NonNull @Description("Customers who reached this stage after all earlier ones") Integer customers,
        @Description("customers / customers of the previous stage (0…1); null for the first") Double conversionFromPrevious,
        @Description("customers / customers of the first stage (0…1)") Double conversionFromStart,
        @Description("Customers of the previous stage who did not reach this one") Integer dropOff,
        @Description("Median time from this stage to the next (ISO-8601 duration)") String medianTimeToNext) {
}
