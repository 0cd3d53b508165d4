package io.trailmap.gateway.model;

import java.util.List;

public record Funnel(String journeyId, String window, List<FunnelStep> stages) {
}
