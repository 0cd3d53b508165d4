package io.trailmap.touchpoint.domain;

/** Where in the funnel a touchpoint works: top, middle, bottom, or after the purchase. */
public enum FunnelPosition {
    TOFU, MOFU, BOFU, POST_PURCHASE
}
