package io.trailmap.journey.domain;

/** Canonical phase of a stage, so journeys can be compared. */
public enum Phase {
    AWARENESS, CONSIDERATION, DECISION, PURCHASE, RETENTION, ADVOCACY
}
