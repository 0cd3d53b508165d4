package io.trailmap.gateway.insights;

import java.util.List;

/**
 * A touchpoint where customers who never converted were last seen (touchpoint-service's
 * drop-off analysis) beside the feedback given there (feedback-service); null where unmeasured.
 */
public record TouchpointSignals(String touchpointId, String name, String stageKey, Integer exits, Double exitShare,
                                Double nps, Double csat, Double sentiment, List<String> themes) {
}
