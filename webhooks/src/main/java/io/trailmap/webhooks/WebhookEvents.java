package io.trailmap.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body of every delivery, per Standard Webhooks: {@code {"type", "timestamp", "data"}}. */
public final class WebhookEvents {

    /**
     * The one event that must name an erased customer so that downstream tools erase them too; its
     * delivery keeps the id only until it is delivered or has finally failed ({@link #withoutCustomer}).
     */
    public static final String CUSTOMER_ERASED = "customer.erased";

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

    /**
     * How a payload names a customer — {@code "customerId":"…"} exactly as {@link #payload} writes it —
     * so that an erasure finds every delivery about them.
     */
    public static String customerMarker(ObjectMapper json, String customerId) {
        try {
            String object = json.writeValueAsString(Map.of("customerId", customerId));
            return object.substring(1, object.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("customer marker", e);
        }
    }

    /** The payload with {@code data.customerId} set to null (once a customer.erased notice has done its job). */
    public static String withoutCustomer(ObjectMapper json, String payload) {
        try {
            JsonNode body = json.readTree(payload);
            if (body.path("data") instanceof ObjectNode data && data.has("customerId")) {
                data.putNull("customerId");
            }
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored webhook payload is not JSON", e);
        }
    }
}
