package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

import java.util.List;

@Description("A journey's funnel: customers who reached each stage in order within the window")
public record Funnel(@Description("The journey measured") @Id String journeyId,
                     @Description("How long a customer has from the first stage to the last (ISO-8601 duration)") String window,
                     @Description("The stages in the order asked (all of them)") List<FunnelStep> stages,
                     @Description(DATA_AS_OF) String dataAsOf) {

    /** touchpoint-service's freshness stamp (DESIGN §5 "Freshness"), as it answers it. */
    public static final String DATA_AS_OF = "Every event acknowledged before this instant (ISO-8601) is counted here; later"
            + " ones may not be yet";
}
