package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailmap.gateway.client.FunnelsRequest;
import io.trailmap.gateway.client.JourneyClient;
import io.trailmap.gateway.client.TouchpointClient;
import io.trailmap.gateway.error.BadUserInputError;
import io.trailmap.gateway.model.Connection;
import io.trailmap.gateway.model.FeedbackSummary;
import io.trailmap.gateway.model.Funnel;
import io.trailmap.gateway.model.FunnelStep;
import io.trailmap.gateway.model.Journey;
import io.trailmap.gateway.model.Persona;
import io.trailmap.gateway.model.Stage;
import io.trailmap.gateway.model.Touchpoint;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.api.Context;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Journeys and their cross-service fields. Every nested field is resolved for a whole level at
 * once: one call to each service however many journeys and stages the query touches.
 */
@GraphQLApi
public class JourneyGraph {

    static final int MAX_JOURNEYS = 100;
    static final int MAX_PERSONAS = 500;

    private final JourneyClient journeys;
    private final TouchpointClient touchpoints;
    private final StageFetches stageFetches;
    private final Context context;
    private final ObjectMapper json;

    public JourneyGraph(JourneyClient journeys, TouchpointClient touchpoints, StageFetches stageFetches, Context context,
                        ObjectMapper json) {
        this.journeys = journeys;
        this.touchpoints = touchpoints;
        this.stageFetches = stageFetches;
        this.context = context;
        this.json = json;
    }

    @Description("Narrows the journeys listed; all given conditions must hold")
    public record JourneyFilter(@Description("Only journeys in this status") io.trailmap.gateway.model.Enums.JourneyStatus status,
                                @Description("Only B2B or B2C journeys") io.trailmap.gateway.model.Enums.Segment segment,
                                @Description("Only maps of this type") io.trailmap.gateway.model.Enums.MapType mapType,
                                @Description("Words in the name or description") String q) {
    }

    @Query
    @Description("Journey maps of your tenant, oldest first, a page at a time: `first` 1–" + MAX_JOURNEYS
            + " (default 20), `after` a cursor of the previous page")
    public @NonNull Connection.JourneyConnection journeys(JourneyFilter filter, @DefaultValue("20") Integer first, String after) {
        JourneyFilter f = filter == null ? new JourneyFilter(null, null, null, null) : filter;
        PageArgs page = PageArgs.of(first, after, 20, MAX_JOURNEYS);
        Connection.JourneyConnection journeyPage = Connection.JourneyConnection.of(journeys.journeys(
                name(f.status()), name(f.segment()), name(f.mapType()), f.q(), page.first(), page.after()));
        stageFetches.prefetch(journeyPage.edges().stream().map(Connection.JourneyEdge::node).toList(), selection(), "edges/node/stages");
        return journeyPage;
    }

    @Query
    @Description("One journey map, or null when it does not exist for your tenant")
    public Journey journey(@NonNull @Id String id) {
        try {
            Journey journey = journeys.journey(id).withStageOwners();
            stageFetches.prefetch(List.of(journey), selection(), "stages");
            return journey;
        } catch (io.trailmap.gateway.error.NotFoundError e) {
            return null;
        }
    }

    @Description("The personas the journey is mapped for: all of them (a journey names at most 50)")
    public List<List<Persona>> personas(@Source List<Journey> list) {
        List<String> ids = list.stream().flatMap(j -> j.personaIds() == null ? java.util.stream.Stream.<String>empty()
                : j.personaIds().stream()).distinct().toList();
        Map<String, Persona> byId = new HashMap<>();
        journeys.personas(ids).forEach(p -> byId.put(p.id(), p));
        return list.stream().map(j -> j.personaIds() == null ? List.<Persona>of()
                : j.personaIds().stream().map(byId::get).filter(Objects::nonNull).toList()).toList();
    }

    @Description("Every touchpoint linked to this stage (touchpoint-service; the gateway reads all of its pages)")
    public List<List<Touchpoint>> touchpoints(@Source List<Stage> stages) {
        Map<String, java.util.Set<Touchpoint>> byStage = new HashMap<>();
        for (Touchpoint touchpoint : stageFetches.linkedTo(stages)) {
            for (var link : touchpoint.links() == null ? List.<Touchpoint.Link>of() : touchpoint.links()) {
                byStage.computeIfAbsent(link.journeyId() + "/" + link.stageKey(), k -> new java.util.LinkedHashSet<>()).add(touchpoint);
            }
        }
        return stages.stream().map(stage -> List.copyOf(byStage.getOrDefault(stage.journeyId() + "/" + stage.key(), java.util.Set.of()))).toList();
    }

    @Description("Measured funnel step of this stage in its journey's stage order (touchpoint-service, last 30 days window)")
    public List<FunnelStep> funnel(@Source List<Stage> stages) {
        Map<String, List<String>> stagesByJourney = new java.util.LinkedHashMap<>();
        for (Stage stage : stages) {
            stagesByJourney.computeIfAbsent(stage.journeyId(), k -> new ArrayList<>()).add(stage.key());
        }
        List<FunnelsRequest.Item> items = new ArrayList<>();
        stagesByJourney.forEach((journeyId, keys) -> items.add(new FunnelsRequest.Item(journeyId, stages.stream()
                .filter(s -> journeyId.equals(s.journeyId())).sorted(java.util.Comparator.comparing(Stage::position))
                .map(Stage::key).distinct().toList())));
        List<Funnel> funnels = items.isEmpty() ? List.of() : touchpoints.funnels(new FunnelsRequest(items));
        Map<String, FunnelStep> byStage = new HashMap<>();
        for (Funnel funnel : funnels) {
            funnel.stages().forEach(step -> byStage.put(funnel.journeyId() + "/" + step.stageKey(), step));
        }
        return stages.stream().map(s -> byStage.get(s.journeyId() + "/" + s.key())).toList();
    }

    @Name("feedback")
    @Description("Feedback summary of this stage (feedback-service)")
    public List<FeedbackSummary> stageFeedback(@Source List<Stage> stages) {
        return stageFetches.summaries(stages);
    }

    @Query
    @Description("Personas of your tenant, oldest first, a page at a time: `first` 1–" + MAX_PERSONAS
            + " (default 100), `after` a cursor of the previous page")
    public @NonNull Connection.PersonaConnection personas(@DefaultValue("100") Integer first, String after) {
        PageArgs page = PageArgs.of(first, after, 100, MAX_PERSONAS);
        return Connection.PersonaConnection.of(journeys.personas(page.first(), page.after()));
    }

    @Mutation
    @Description("Creates a persona")
    public Persona createPersona(@NonNull Inputs.PersonaInput input) {
        return journeys.createPersona(json.valueToTree(input));
    }

    @Mutation
    @Description("Links a touchpoint to a stage of one of your journeys (idempotent); answers the touchpoint")
    public Touchpoint linkTouchpoint(@NonNull @Id String journeyId, @NonNull String stageKey, @NonNull @Id String touchpointId) {
        // touchpoint-service cannot know the journey's stages: a link to a stage that does not exist would dangle
        Journey journey = journeys.journey(journeyId);
        if (journey.stages().stream().noneMatch(stage -> stage.key().equals(stageKey))) {
            throw new BadUserInputError("stageKey: the journey has no stage '" + stageKey + "'");
        }
        return touchpoints.link(touchpointId, journeyId, stageKey);
    }

    @Mutation
    @Description("Creates a DRAFT journey")
    public Journey createJourney(@NonNull Inputs.JourneyInput input) {
        return journeys.create(json.valueToTree(input)).withStageOwners();
    }

    @Mutation
    @Description("Replaces a journey; `version` is the one you read (a stale one is a CONFLICT)")
    public Journey updateJourney(@NonNull @Id String id, int version, @NonNull Inputs.JourneyInput input) {
        return journeys.update(id, version, json.valueToTree(input)).withStageOwners();
    }

    @Mutation
    @Description("Publishes the journey as its next numbered version; answers the journey")
    public Journey publishJourney(@NonNull @Id String id) {
        var published = journeys.publish(id);
        return json.convertValue(published.get("journey"), Journey.class).withStageOwners();
    }

    @Mutation
    @Description("Starts an editable DRAFT journey from a built-in template (ecommerce, lifecycle, retail-store, travel-agency, bank, saas-trial, b2b)")
    public Journey instantiateTemplate(@NonNull String key, String name) {
        ObjectNode body = json.createObjectNode();
        if (name != null) {
            body.put("name", name);
        }
        return journeys.instantiate(key, body).withStageOwners();
    }

    /** What the query asks for below the field being resolved. */
    private DataFetchingFieldSelectionSet selection() {
        return context.unwrap(graphql.schema.DataFetchingEnvironment.class).getSelectionSet();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

}
