package io.trailmap.gateway.insights;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailmap.gateway.client.FeedbackClient;
import io.trailmap.gateway.client.JourneyClient;
import io.trailmap.gateway.client.TouchpointClient;
import io.trailmap.gateway.error.Downstream;
import io.trailmap.gateway.error.NotFoundError;
import io.trailmap.gateway.error.UnavailableError;
import io.trailmap.gateway.model.FeedbackSummary;
import io.trailmap.gateway.model.Funnel;
import io.trailmap.gateway.model.FunnelStep;
import io.trailmap.gateway.model.Journey;
import io.trailmap.gateway.model.Stage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers a journey (journey-service), its funnel (touchpoint-service) and feedback (feedback-service): one call each. */
@ApplicationScoped
public class InsightsService {

    private final JourneyClient journeys;
    private final TouchpointClient touchpoints;
    private final FeedbackClient feedback;
    private final ObjectMapper json;

    public InsightsService(JourneyClient journeys, TouchpointClient touchpoints, FeedbackClient feedback, ObjectMapper json) {
        this.journeys = journeys;
        this.touchpoints = touchpoints;
        this.feedback = feedback;
        this.json = json;
    }

    /** The journey with its insights, or null when the journey does not exist for the caller. */
    public record Measured(Journey journey, JourneyInsights insights) {
    }

    public Measured measure(String journeyId) {
        Journey journey;
        try {
            journey = Downstream.guarded("journey-service", () -> journeys.journey(journeyId));
        } catch (NotFoundError e) {
            return null;
        }
        List<Stage> stages = journey.stages();
        List<String> unavailable = new ArrayList<>();
        Map<String, FunnelStep> steps = new HashMap<>();
        if (!stages.isEmpty()) {
            ObjectNode request = json.createObjectNode();
            ObjectNode item = request.putArray("funnels").addObject().put("journeyId", journeyId);
            stages.forEach(s -> item.withArray("stages").add(s.key()));
            try {
                for (Funnel f : Downstream.guarded("touchpoint-service", () -> touchpoints.funnels(request))) {
                    f.stages().forEach(step -> steps.put(step.stageKey(), step));
                }
            } catch (UnavailableError e) {
                unavailable.add("touchpoint-service");
            }
        }
        List<FeedbackSummary> summaries = new ArrayList<>();
        try {
            ObjectNode request = json.createObjectNode();
            var keys = request.putArray("keys");
            stages.forEach(s -> keys.addObject().put("journeyId", journeyId).put("stageKey", s.key()));
            if (!stages.isEmpty()) {
                summaries.addAll(Downstream.guarded("feedback-service", () -> feedback.summaries(request)));
            }
        } catch (UnavailableError e) {
            unavailable.add("feedback-service");
        }
        List<StageSignals> signals = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            FunnelStep step = steps.get(stage.key());
            FeedbackSummary summary = summaries.isEmpty() ? null : summaries.get(i);
            signals.add(new StageSignals(stage.key(), stage.emotion() == null ? null : stage.emotion().score(),
                    step == null ? null : step.customers(), step == null ? null : step.conversionFromPrevious(),
                    step == null ? null : step.dropOff(), summary == null ? null : summary.nps(),
                    summary == null ? null : summary.csat(), summary == null ? null : summary.sentiment(),
                    summary == null ? null : summary.responses(),
                    summary == null || summary.topThemes() == null ? List.of()
                            : summary.topThemes().stream().limit(3).map(FeedbackSummary.Theme::theme).toList()));
        }
        return new Measured(journey, new JourneyInsights(journeyId, InsightCalculator.stages(signals),
                InsightCalculator.painPoints(signals), unavailable));
    }
}
