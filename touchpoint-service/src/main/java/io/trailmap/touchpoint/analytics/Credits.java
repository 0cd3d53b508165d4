package io.trailmap.touchpoint.analytics;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Conversion credit per touchpoint and per channel. */
public record Credits(int conversions, Map<UUID, Double> byTouchpoint, Map<String, Double> byChannel) {

    static Credits empty(int conversions) {
        return new Credits(conversions, new HashMap<>(), new HashMap<>());
    }

    void add(Touch touch, double credit) {
        if (credit == 0) {
            return;
        }
        byTouchpoint.merge(touch.touchpointId(), credit, Double::sum);
        byChannel.merge(touch.channel(), credit, Double::sum);
    }
}
