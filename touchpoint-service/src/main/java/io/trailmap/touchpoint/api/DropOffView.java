package io.trailmap.touchpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Where customers stop: stages ranked by drop-off, the touchpoints non-converters were last seen at, and cart abandonment. */
public record DropOffView(UUID journeyId, List<StageDrop> stages, List<LastTouch> touchpoints, CartAbandonment cart) {

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
            double share) {
    }

    /** Customers who added to cart or started checkout, and those with no purchase after their last such event. */
    public record CartAbandonment(long carts, long abandoned,
                                  @Schema(nullable = true, description = "Null when there were no carts") Double rate) {
    }
}
