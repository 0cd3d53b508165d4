package io.trailmap.touchpoint.analytics;

import java.time.Instant;
import java.util.UUID;

/** One interaction of a customer in a journey, as the attribution and path analyses read it. */
public record JourneyEvent(UUID touchpointId, String channel, String stageKey, String type, Instant at, String variant) {

    /** An event without an A/B variant. */
    public JourneyEvent(UUID touchpointId, String channel, String stageKey, String type, Instant at) {
        this(touchpointId, channel, stageKey, type, at, null);
    }

    public Touch touch() {
        return new Touch(touchpointId, channel, at);
    }

    public boolean isPurchase() {
        return "PURCHASE".equals(type);
    }
}
