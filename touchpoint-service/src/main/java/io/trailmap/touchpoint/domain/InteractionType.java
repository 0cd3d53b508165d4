package io.trailmap.touchpoint.domain;

/** What a customer did at a touchpoint; PURCHASE is a conversion. */
public enum InteractionType {
    IMPRESSION, VISIT, VIEW, CLICK, SIGNUP, ADD_TO_CART, CHECKOUT_STARTED, PURCHASE, CONTACT, SUPPORT_REQUEST, RENEWAL, REFERRAL, REVIEW, CUSTOM
}
