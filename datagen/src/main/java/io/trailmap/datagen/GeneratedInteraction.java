package io.trailmap.datagen;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One generated interaction, shaped like touchpoint-service's ingestion JSON. */
public record GeneratedInteraction(String eventId, String customerId, UUID journeyId, String stageKey, UUID touchpointId,
                                   String type, Instant occurredAt, String channel, String variant, BigDecimal value,
                                   String currency, String sessionId) {

    /** The JSON object to POST to /interactions (absent optional fields left out). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", eventId);
        json.put("customerId", customerId);
        json.put("journeyId", journeyId.toString());
        json.put("stageKey", stageKey);
        json.put("touchpointId", touchpointId.toString());
        json.put("type", type);
        json.put("occurredAt", occurredAt.toString());
        json.put("channel", channel);
        if (variant != null) {
            json.put("variant", variant);
        }
        if (value != null) {
            json.put("value", value);
            json.put("currency", currency);
        }
        json.put("sessionId", sessionId);
        return json;
    }
}
