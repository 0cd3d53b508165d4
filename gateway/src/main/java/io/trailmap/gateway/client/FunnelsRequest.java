package io.trailmap.gateway.client;

import java.util.List;

/** The body of touchpoint-service's {@code POST /analytics/funnels}: one funnel per journey, over its stages in order. */
public record FunnelsRequest(List<Item> funnels) {

    public record Item(String journeyId, List<String> stages) {
    }

    public static FunnelsRequest of(String journeyId, List<String> stages) {
        return new FunnelsRequest(List.of(new Item(journeyId, List.copyOf(stages))));
    }
}
