package io.trailmap.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What one feedback summary is of: a journey's stage, a touchpoint, or any mix feedback-service filters by. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryKey(String journeyId, String stageKey, String touchpointId) {

    public static SummaryKey ofStage(String journeyId, String stageKey) {
        return new SummaryKey(journeyId, stageKey, null);
    }

    public static SummaryKey ofTouchpoint(String touchpointId) {
        return new SummaryKey(null, null, touchpointId);
    }
}
