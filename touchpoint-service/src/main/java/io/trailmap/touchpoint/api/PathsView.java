package io.trailmap.touchpoint.api;

import java.util.List;
import java.util.UUID;

public record PathsView(UUID journeyId, String outcome, int customers, List<Path> paths) {

    public record Path(List<UUID> touchpointIds, List<String> names, int customers, double share) {
    }
}
