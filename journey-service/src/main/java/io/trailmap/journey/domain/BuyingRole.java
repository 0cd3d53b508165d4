package io.trailmap.journey.domain;

/** A persona's role in a B2B buying committee. */
public enum BuyingRole {
    DECISION_MAKER, INFLUENCER, CHAMPION, USER, GATEKEEPER
}
