package io.trailmap.gateway.graph;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.trailmap.gateway.client.SummaryKey;
import io.trailmap.gateway.client.SummariesRequest;
import io.trailmap.gateway.client.FeedbackClient;
import io.trailmap.gateway.client.TouchpointClient;
import io.trailmap.gateway.model.FeedbackSummary;
import io.trailmap.gateway.model.Journey;
import io.trailmap.gateway.model.Stage;
import io.trailmap.gateway.model.Touchpoint;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The two downstream lists of a level of stages — their linked touchpoints (touchpoint-service) and
 * their feedback summaries (feedback-service). GraphQL resolves a level's batched fields one after the
 * other; when a query asks for both, the journeys' resolver starts both calls side by side as soon as
 * it has the stages, and the stage fields then take what those calls answer. Otherwise (one of the two
 * asked, or stages reached another way) each field calls its service when it is resolved.
 */
@RequestScoped
public class StageFetches {

    private record StageRef(String journeyId, String key) {
        static StageRef of(Stage stage) {
            return new StageRef(stage.journeyId(), stage.key());
        }
    }

    private final TouchpointClient touchpoints;
    private final FeedbackClient feedback;
    private final ManagedExecutor executor;
    private Set<String> prefetchedJourneys = Set.of();
    private CompletableFuture<List<Touchpoint>> linked;
    private Set<StageRef> prefetchedStages = Set.of();
    private CompletableFuture<Map<StageRef, FeedbackSummary>> summaries;

    public StageFetches(TouchpointClient touchpoints, FeedbackClient feedback, ManagedExecutor executor) {
        this.touchpoints = touchpoints;
        this.feedback = feedback;
        this.executor = executor;
    }

    /**
     * Starts both calls for the journeys' stages if the query selects both {@code touchpoints} and
     * {@code feedback} under {@code stagesPath} (a selection glob such as {@code edges/node/stages}).
     */
    void prefetch(List<Journey> journeys, DataFetchingFieldSelectionSet selection, String stagesPath) {
        if (!selection.contains(stagesPath + "/touchpoints") || !selection.contains(stagesPath + "/feedback")) {
            return;
        }
        List<Stage> stages = journeys.stream().flatMap(j -> j.stages().stream()).toList();
        if (stages.isEmpty()) {
            return;
        }
        List<String> journeyIds = journeyIds(stages);
        prefetchedJourneys = new HashSet<>(journeyIds);
        linked = executor.supplyAsync(() -> fetchLinked(journeyIds));
        prefetchedStages = new HashSet<>(stages.stream().map(StageRef::of).toList());
        summaries = executor.supplyAsync(() -> {
            List<FeedbackSummary> answered = fetchSummaries(stages);
            Map<StageRef, FeedbackSummary> byStage = new HashMap<>();
            for (int i = 0; i < stages.size(); i++) {
                byStage.put(StageRef.of(stages.get(i)), answered.get(i));
            }
            return byStage;
        });
    }

    /** Every touchpoint linked to any of the stages' journeys. */
    List<Touchpoint> linkedTo(List<Stage> stages) {
        List<String> journeyIds = journeyIds(stages);
        if (linked != null && prefetchedJourneys.containsAll(journeyIds)) {
            return join(linked);
        }
        return fetchLinked(journeyIds);
    }

    /** The feedback summary of each stage, in the order of the stages. */
    List<FeedbackSummary> summaries(List<Stage> stages) {
        if (summaries != null && prefetchedStages.containsAll(stages.stream().map(StageRef::of).toList())) {
            Map<StageRef, FeedbackSummary> byStage = join(summaries);
            return stages.stream().map(s -> byStage.get(StageRef.of(s))).toList();
        }
        return fetchSummaries(stages);
    }

    private List<Touchpoint> fetchLinked(List<String> journeyIds) {
        return touchpoints.linkedTo(journeyIds);
    }

    private List<FeedbackSummary> fetchSummaries(List<Stage> stages) {
        return feedback.summaries(SummariesRequest.of(stages.stream().map(s -> SummaryKey.ofStage(s.journeyId(), s.key())).toList()));
    }

    private static List<String> journeyIds(List<Stage> stages) {
        return stages.stream().map(Stage::journeyId).filter(Objects::nonNull).distinct().toList();
    }

    /** The call's answer, or the GraphQL error it failed with. */
    private static <T> T join(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
