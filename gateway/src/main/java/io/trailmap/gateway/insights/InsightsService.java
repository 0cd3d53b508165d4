package io.trailmap.gateway.insights;

import io.trailmap.gateway.client.FunnelsRequest;
import io.trailmap.gateway.client.SummaryKey;
import io.trailmap.gateway.client.SummariesRequest;
import io.trailmap.gateway.client.FeedbackClient;
import io.trailmap.gateway.client.JourneyClient;
import io.trailmap.gateway.client.TouchpointClient;
import io.trailmap.gateway.error.NotFoundError;
import io.trailmap.gateway.error.UnavailableError;
import io.trailmap.gateway.model.DropOffs;
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

/**
 * Gathers a journey (journey-service), its funnel and drop-off points (touchpoint-service) and the
 * feedback of its stages and drop-off touchpoints (feedback-service): a fixed number of calls.
 */
@ApplicationScoped
public class InsightsService {

    private static final String TOUCHPOINT_SERVICE = "touchpoint-service";
    private static final String FEEDBACK_SERVICE = "feedback-service";

    private final JourneyClient journeys;
    private final TouchpointClient touchpoints;
    private final FeedbackClient feedback;

    public InsightsService(JourneyClient journeys, TouchpointClient touchpoints, FeedbackClient feedback) {
        this.journeys = journeys;
        this.touchpoints = touchpoints;
        this.feedback = feedback;
    }

    /** The journey with its insights, or null when the journey does not exist for the caller. */
    public record Measured(Journey journey, JourneyInsights insights) {
    }

    public Measured measure(String journeyId) {
        Journey journey;
        try {
            journey = journeys.journey(journeyId);
        } catch (NotFoundError e) {
            return null;
        }
        List<Stage> stages = journey.stages();
        if (stages.isEmpty()) {
            return new Measured(journey, new JourneyInsights(journeyId, List.of(), List.of(), List.of()));
        }
        List<String> stageKeys = stages.stream().map(Stage::key).toList();
        List<String> unavailable = new ArrayList<>();
        Map<String, FunnelStep> steps = new HashMap<>();
        List<DropOffs.LastTouch> lastTouches = new ArrayList<>();
        try {
            for (Funnel f : touchpoints.funnels(FunnelsRequest.of(journeyId, stageKeys))) {
                f.stages().forEach(step -> steps.put(step.stageKey(), step));
            }
            DropOffs dropOffs = touchpoints.dropOffs(journeyId, stageKeys);
            if (dropOffs.touchpoints() != null) {
                lastTouches.addAll(dropOffs.touchpoints());
            }
        } catch (UnavailableError e) {
            unavailable.add(TOUCHPOINT_SERVICE);
        }
        List<FeedbackSummary> summaries = new ArrayList<>();
        try {
            List<SummaryKey> keys = new ArrayList<>();
            stageKeys.forEach(key -> keys.add(SummaryKey.ofStage(journeyId, key)));
            lastTouches.forEach(t -> keys.add(SummaryKey.ofTouchpoint(t.touchpointId())));
            summaries.addAll(feedback.summaries(SummariesRequest.of(keys)));
        } catch (UnavailableError e) {
            unavailable.add(FEEDBACK_SERVICE);
        }
        List<StageSignals> stageSignals = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            stageSignals.add(stageSignals(stages.get(i), steps.get(stages.get(i).key()), summaries.isEmpty() ? null : summaries.get(i)));
        }
        List<TouchpointSignals> touchpointSignals = new ArrayList<>();
        for (int i = 0; i < lastTouches.size(); i++) {
            DropOffs.LastTouch t = lastTouches.get(i);
            FeedbackSummary summary = summaries.isEmpty() ? null : summaries.get(stages.size() + i);
            touchpointSignals.add(new TouchpointSignals(t.touchpointId(), t.name(), t.stageKey(), (int) t.customers(), t.share(),
                    summary == null ? null : summary.nps(), summary == null ? null : summary.csat(),
                    summary == null ? null : summary.sentiment(), themes(summary)));
        }
        List<DetectedPainPoint> painPoints = new ArrayList<>(InsightCalculator.painPoints(stageSignals));
        painPoints.addAll(InsightCalculator.touchpointPainPoints(touchpointSignals));
        return new Measured(journey, new JourneyInsights(journeyId, InsightCalculator.stages(stageSignals), painPoints, unavailable));
    }

    private static StageSignals stageSignals(Stage stage, FunnelStep step, FeedbackSummary summary) {
        return new StageSignals(stage.key(), stage.emotion() == null ? null : stage.emotion().score(),
                step == null ? null : step.customers(), step == null ? null : step.conversionFromPrevious(),
                step == null ? null : step.dropOff(), summary == null ? null : summary.nps(),
                summary == null ? null : summary.csat(), summary == null ? null : summary.sentiment(),
                summary == null ? null : summary.responses(), themes(summary));
    }

    /** The aspects behind the complaints: the 3 that most comments are negative about, by label. */
    static List<String> themes(FeedbackSummary summary) {
        return summary == null || summary.topThemes() == null ? List.of()
                : summary.topThemes().stream().filter(t -> t.negative() != null && t.negative() > 0)
                .sorted(java.util.Comparator.comparingInt((FeedbackSummary.Theme t) -> t.negative()).reversed()
                        .thenComparing(t -> t.key() == null ? "" : t.key()))
                .limit(3).map(t -> t.label() == null ? t.theme() : t.label()).toList();
    }
}
