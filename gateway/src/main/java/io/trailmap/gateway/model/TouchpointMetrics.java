package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;

import java.util.List;

@Description("Reach (distinct customers), interactions, customers who converted after touching it, and the daily trend")
public record TouchpointMetrics(Long reach, Long interactions, Long conversions, Double conversionRate, List<Day> trend) {

    @Description("One UTC day of a touchpoint's trend")
    public record Day(String day, Long interactions, Long customers) {
    }
}
