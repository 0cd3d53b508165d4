package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("Reach (distinct customers), interactions, customers who converted after touching it, and the daily trend")
public record TouchpointMetrics(
        @Description("Distinct customers who touched it") Integer reach,
        @Description("Interactions recorded") Integer interactions,
        @Description("Customers who converted after touching it") Integer conversions,
        @Description("conversions / reach (0…1)") Double conversionRate,
        @Description("Per UTC day with interactions, oldest first (every such day)") List<Day> trend,
        @Description(Funnel.DATA_AS_OF) String dataAsOf) {

    @Description("One UTC day of a touchpoint's trend")
    public record Day(@Description("The day (YYYY-MM-DD)") String day,
                      @Description("Interactions that day") Integer interactions,
                      @Description("Distinct customers that day") Integer customers) {
    }
}
