package io.trailmap.touchpoint.analytics;

import java.time.Instant;
import java.util.UUID;

/** One interaction of a customer in a journey, as the attribution and path analyses read it. */
public record JourneyEvent(UUID touchpointId, String channel, String stageKey, String type, Instant at) {

    public Touch touch() {
        return new Touch(touchpointId, channel, at);
    }

    public boolean isPurchase() {
        return "PURCHASE".equals(type);
    }
}
