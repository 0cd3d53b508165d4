package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.gateway.client.TouchpointClient;
import io.trailmap.gateway.error.BadUserInputError;
import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * A customer's timeline pages fetched once per GraphQL request, however many of its fields are asked
 * for. Every page also carries all of the customer's journeys, so {@code stages} takes them from the
 * page that {@code timeline} asks for (planned by the customer's resolver) instead of a call of its own.
 */
@RequestScoped
public class TimelineCache {

    private record PageKey(String customerId, PageArgs page) {
    }

    /** What {@code stages} asks for when the query selects no (valid) timeline page: the smallest page. */
    private static final PageArgs JOURNEYS_ONLY = new PageArgs(1, null);

    private final TouchpointClient touchpoints;
    private final Map<PageKey, JsonNode> fetched = new HashMap<>();
    private final Map<String, PageArgs> planned = new HashMap<>();

    public TimelineCache(TouchpointClient touchpoints) {
        this.touchpoints = touchpoints;
    }

    /** Notes the page the query's {@code timeline} field will ask for; arguments it would refuse are not planned. */
    void plan(String customerId, Integer first, String after) {
        try {
            planned.putIfAbsent(customerId, CustomerGraph.timelinePage(first, after));
        } catch (BadUserInputError refusedByTheFieldItself) {
            // the timeline field reports it; stages reads the journeys from a page of its own
        }
    }

    /** One page of the customer's interactions: {items, nextCursor, journeys}. */
    JsonNode page(String customerId, PageArgs page) {
        return fetched.computeIfAbsent(new PageKey(customerId, page),
                key -> touchpoints.timeline(customerId, page.first(), page.after()));
    }

    /** The customer's journeys with the stages reached: from any page of theirs fetched or planned. */
    JsonNode journeys(String customerId) {
        return fetched.entrySet().stream().filter(e -> e.getKey().customerId().equals(customerId)).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> page(customerId, planned.getOrDefault(customerId, JOURNEYS_ONLY)))
                .path("journeys");
    }
}
