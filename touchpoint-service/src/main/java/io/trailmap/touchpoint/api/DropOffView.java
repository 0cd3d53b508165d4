package io.trailmap.touchpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where customers stop: stages ranked by drop-off, the touchpoints non-converters were last seen at, and cart abandonment. */
public record DropOffView(
        UUID journeyId,
        @Schema(description = "Every transition between consecutive stages asked for, ranked by customers lost") List<StageDrop> stages,
        @Schema(description = "The top `limit` (default 10) touchpoints where customers who did not convert in the range were"
                + " last seen in it, most customers first; `touchpointsTotal` says how many there are in all") List<LastTouch> touchpoints,
        @Schema(description = "Customers with interactions in the journey in the range and no PURCHASE there: the"
                + " denominator of every `share`") long nonConvertingCustomers,
        @Schema(description = "How many (touchpoint, stage) last touches there are in all, listed or not") int touchpointsTotal,
        @Schema(description = "True when `touchpoints` lists only the top `limit` of `touchpointsTotal`") boolean touchpointsTruncated,
        CartAbandonment cart,
        @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf) {

    public record StageDrop(
            String fromStageKey,
            String toStageKey,
            int dropOff,
            @Schema(nullable = true, description = "Null when no customer reached the earlier stage") Double dropOffRate) {
    }

    public record LastTouch(
            UUID touchpointId,
            @Schema(nullable = true, description = "Null when not in the catalogue") String name,
            String stageKey,
            long customers,
            @Schema(description = "customers / nonConvertingCustomers (0…1)") double share) {
    }

    /** Customers who added to cart or started checkout in the range, and those with no purchase after their last such event. */
    public record CartAbandonment(long carts, long abandoned,
                                  @Schema(nullable = true, description = "Null when there were no carts") Double rate) {
    }
}
