package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;

import java.util.List;

@Description("A journey's funnel: customers who reached each stage in order within the window")
public record Funnel(@Description("The journey measured") String journeyId,
                     @Description("How long a customer has from the first stage to the last (ISO-8601 duration)") String window,
                     @Description("The stages in the order asked (all of them)") List<FunnelStep> stages) {
}
