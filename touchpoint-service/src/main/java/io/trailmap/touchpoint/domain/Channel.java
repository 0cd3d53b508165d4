package io.trailmap.touchpoint.domain;

/** Where a customer meets the brand, online or offline (checkout covers point of sale, event covers trade shows). */
public enum Channel {
    SOCIAL_MEDIA, PRINT_AD, SEARCH_ENGINE, ONLINE_REVIEW, VIDEO, EVENT, WEBINAR, WEBSITE, MOBILE_APP, CHECKOUT, IN_STORE, PHONE, EMAIL, LIVE_CHAT, SELF_SERVICE, ONBOARDING, CUSTOMER_SUCCESS, LOYALTY_PROGRAM, FOLLOW_UP, OTHER
}
