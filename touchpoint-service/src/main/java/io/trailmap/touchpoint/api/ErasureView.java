package io.trailmap.touchpoint.api;

/** What erasing a customer removed. */
public record ErasureView(String customerId, int interactions, int stageProgress, int journeys) {
}
