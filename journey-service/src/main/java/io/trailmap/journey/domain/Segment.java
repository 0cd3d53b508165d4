package io.trailmap.journey.domain;

/** Whether the journey is business-to-business (longer, with a buying committee) or business-to-consumer. */
public enum Segment {
    B2B, B2C
}
