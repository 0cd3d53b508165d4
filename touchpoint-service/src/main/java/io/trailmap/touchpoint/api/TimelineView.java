package io.trailmap.touchpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A customer's interactions in time order (paged), and per journey the stages reached. */
public record TimelineView(
        String customerId,
        List<Event> items,
        @Schema(nullable = true) String nextCursor,
        List<JourneyProgress> journeys,
        @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf) {

    public record Event(UUID id, String eventId, UUID journeyId, String stageKey, UUID touchpointId, String type,
                        Instant occurredAt, @Schema(nullable = true) String channel, @Schema(nullable = true) BigDecimal value,
                        @Schema(nullable = true) String currency, @Schema(nullable = true) String variant,
                        @Schema(nullable = true) String sessionId, @Schema(nullable = true) Map<String, Object> attributes) {
    }

    public record JourneyProgress(UUID journeyId, Instant firstSeenAt, Instant lastSeenAt, long interactions,
                                  long conversions, @Schema(nullable = true) Instant lastConversionAt,
                                  @Schema(nullable = true) String latestStageKey,
                                  List<StageReached> stages) {
    }

    public record StageReached(String stageKey, Instant firstReachedAt, Instant lastReachedAt, long interactions,
                               @Schema(nullable = true, description = "The first A/B variant seen there") String variant) {
    }
}
