package io.trailmap.journey.domain;

/** Lifecycle of a journey map: DRAFT → PUBLISHED → ARCHIVED. */
public enum JourneyStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
