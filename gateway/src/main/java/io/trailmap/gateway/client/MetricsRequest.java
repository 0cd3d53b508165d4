package io.trailmap.gateway.client;

import java.util.List;

/** The body of touchpoint-service's {@code POST /analytics/touchpoints}: metrics of these touchpoints, in order. */
public record MetricsRequest(List<String> touchpointIds) {
}
