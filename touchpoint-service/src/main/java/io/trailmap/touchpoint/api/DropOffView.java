package io.trailmap.touchpoint.api;

import java.util.List;
import java.util.UUID;

/** Where customers stop: stages ranked by drop-off, the touchpoints non-converters were last seen at, and cart abandonment. */
public record DropOffView(UUID journeyId, List<StageDrop> stages, List<LastTouch> touchpoints, CartAbandonment cart) {

    public record StageDrop(String fromStageKey, String toStageKey, int dropOff, Double dropOffRate) {
    }

    public record LastTouch(UUID touchpointId, String name, String stageKey, long customers, double share) {
    }

    /** Customers who added to cart or started checkout, and those with no purchase after their last such event. */
    public record CartAbandonment(long carts, long abandoned, Double rate) {
    }
}
