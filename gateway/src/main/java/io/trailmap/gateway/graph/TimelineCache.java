package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.gateway.client.TouchpointClient;
import io.trailmap.gateway.error.Downstream;
import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;

/** A customer's timeline fetched once per GraphQL request, however many of its fields are asked for. */
@RequestScoped
public class TimelineCache {

    private final TouchpointClient touchpoints;
    private final Map<String, JsonNode> fetched = new HashMap<>();

    public TimelineCache(TouchpointClient touchpoints) {
        this.touchpoints = touchpoints;
    }

    JsonNode of(String customerId) {
        return fetched.computeIfAbsent(customerId,
                id -> Downstream.guarded("touchpoint-service", () -> touchpoints.timeline(id)));
    }
}
