package io.trailmap.gateway.model;

/** Enum values of the services, typed for the schema. */
public final class Enums {

    private Enums() {
    }

    public enum MapType { CURRENT_STATE, FUTURE_STATE, DAY_IN_THE_LIFE, SERVICE_BLUEPRINT }

    public enum Segment { B2B, B2C }

    public enum JourneyStatus { DRAFT, PUBLISHED, ARCHIVED }

    public enum Phase { AWARENESS, CONSIDERATION, DECISION, PURCHASE, RETENTION, ADVOCACY }

    public enum Channel {
        SOCIAL_MEDIA, PRINT_AD, SEARCH_ENGINE, ONLINE_REVIEW, VIDEO, EVENT, WEBINAR, WEBSITE, MOBILE_APP, CHECKOUT,
        IN_STORE, PHONE, EMAIL, LIVE_CHAT, SELF_SERVICE, ONBOARDING, CUSTOMER_SUCCESS, LOYALTY_PROGRAM, FOLLOW_UP, OTHER
    }

    public enum FollowUpStatus { OPEN, IN_PROGRESS, RESOLVED }
}
