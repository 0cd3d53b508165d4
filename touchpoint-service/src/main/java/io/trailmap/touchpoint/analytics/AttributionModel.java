package io.trailmap.touchpoint.analytics;

/**
 * How a conversion's credit is shared among the touches that led to it. Rule-based models share
 * exactly one credit per conversion; MARKOV is data-driven (removal effect), scaled to the same total.
 */
public enum AttributionModel {
    FIRST_TOUCH, LAST_TOUCH, LINEAR, TIME_DECAY, POSITION_BASED, MARKOV
}
