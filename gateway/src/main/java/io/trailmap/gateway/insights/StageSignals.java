package io.trailmap.gateway.insights;

import java.util.List;

/**
 * What the services measured for one stage: funnel numbers (touchpoint-service) and feedback
 * scores (feedback-service); null where nothing was measured or the service was unavailable.
 */
public record StageSignals(String stageKey, Integer assumedEmotion, Integer customers, Double conversionFromPrevious,
                           Integer dropOff, Double nps, Double csat, Double sentiment, Integer responses,
                           List<String> themes) {
}
