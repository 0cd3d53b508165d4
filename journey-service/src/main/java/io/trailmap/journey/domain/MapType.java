package io.trailmap.journey.domain;

/** The kind of journey map. */
public enum MapType {
    CURRENT_STATE, FUTURE_STATE, DAY_IN_THE_LIFE, SERVICE_BLUEPRINT
}
