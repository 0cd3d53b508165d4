package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** Enum values of the services, typed for the schema. */
public final class Enums {

    private Enums() {
    }

    @Description("What a map shows: how it is today, how it should be, a customer's whole day, or the service behind it")
    public enum MapType { CURRENT_STATE, FUTURE_STATE, DAY_IN_THE_LIFE, SERVICE_BLUEPRINT }

    @Description("Business customers or consumers")
    public enum Segment { B2B, B2C }

    @Description("A journey's lifecycle: edited as DRAFT, frozen in numbered versions when PUBLISHED, read-only when ARCHIVED")
    public enum JourneyStatus { DRAFT, PUBLISHED, ARCHIVED }

    @Description("The customer lifecycle phase of a stage")
    public enum Phase { AWARENESS, CONSIDERATION, DECISION, PURCHASE, RETENTION, ADVOCACY }

    @Description("How customers meet the brand at a touchpoint")
    public enum Channel {
        SOCIAL_MEDIA, PRINT_AD, SEARCH_ENGINE, ONLINE_REVIEW, VIDEO, EVENT, WEBINAR, WEBSITE, MOBILE_APP, CHECKOUT,
        IN_STORE, PHONE, EMAIL, LIVE_CHAT, SELF_SERVICE, ONBOARDING, CUSTOMER_SUCCESS, LOYALTY_PROGRAM, FOLLOW_UP, OTHER
    }

    @Description("Where in the funnel a touchpoint sits: top, middle, bottom, or after the purchase")
    public enum FunnelPosition { TOFU, MOFU, BOFU, POST_PURCHASE }

    @Description("Whether a touchpoint is online or offline")
    public enum Mode { ONLINE, OFFLINE }

    @Description("Where a follow-up case stands")
    public enum FollowUpStatus { OPEN, IN_PROGRESS, RESOLVED }
}
