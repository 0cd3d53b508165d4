package io.trailmap.touchpoint.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A customer's interactions in time order (paged), and per journey the stages reached. */
public record TimelineView(String customerId, List<Event> items, String nextCursor, List<JourneyProgress> journeys) {

    public record Event(UUID id, String eventId, UUID journeyId, String stageKey, UUID touchpointId, String type,
                        Instant occurredAt, String channel, BigDecimal value, String currency, String variant,
                        String sessionId, Map<String, Object> attributes) {
    }

    public record JourneyProgress(UUID journeyId, Instant firstSeenAt, Instant lastSeenAt, long interactions,
                                  long conversions, Instant lastConversionAt, String latestStageKey,
                                  List<StageReached> stages) {
    }

    public record StageReached(String stageKey, Instant firstReachedAt, Instant lastReachedAt, long interactions,
                               String variant) {
    }
}
