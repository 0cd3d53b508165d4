package io.trailmap.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body of every delivery, per Standard Webhooks: {@code {"type", "timestamp", "data"}}. */
public final class WebhookEvents {

    private WebhookEvents() {
    }

    public static String payload(ObjectMapper json, String type, Instant at, Map<String, ?> data) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", at.toString());
        payload.put("data", data);
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload of " + type, e);
        }
    }
}
