package io.trailmap.gateway.insights;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A stage or touchpoint where customers drop off more than the journey's median and the feedback is negative,"
        + " with the evidence")
public record DetectedPainPoint(
        @NonNull @Description("STAGE: customers lost on the way into the stage; TOUCHPOINT: customers who never converted"
                + " were last seen there") Kind kind,
        @NonNull @Description("The stage (for a touchpoint: the stage it was last seen in)") String stageKey,
        @Description("The touchpoint, for kind TOUCHPOINT") @Id String touchpointId,
        @Description("The touchpoint's name, for kind TOUCHPOINT") String touchpointName,
        @NonNull @Description("STAGE: dropOff / customers of the previous stage; TOUCHPOINT: share of the journey's"
                + " non-converting customers last seen there (0…1)") Double dropOffRate,
        @NonNull @Description("The median of that rate over the journey's stages; TOUCHPOINT: over the ten touchpoints where most"
                + " non-converting customers were last seen (touchpoint-service's drop-off ranking)") Double medianDropOffRate,
        @NonNull @Description("Customers lost (STAGE) or last seen there without converting (TOUCHPOINT)") Integer dropOff,
        @Description("NPS of the feedback there") Double nps,
        @Description("CSAT of the feedback there") Double csat,
        @Description("Mean sentiment of the comments there, −1…1") Double sentiment,
        @Description("The aspects the complaints there are about (labels, e.g. Delivery): up to 3, most complaints first") List<String> themes,
        @NonNull @Description("The evidence in one sentence") String evidence) {

    @Description("Whether a pain point is a stage or a touchpoint")
    public enum Kind { STAGE, TOUCHPOINT }
}
