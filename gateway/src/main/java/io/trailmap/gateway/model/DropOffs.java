package io.trailmap.gateway.model;

import java.util.List;

/** touchpoint-service's drop-off analysis, as far as the gateway reads it: where non-converters were last seen. */
public record DropOffs(List<LastTouch> touchpoints) {

    public record LastTouch(String touchpointId, String name, String stageKey, int customers, double share) {
    }
}
