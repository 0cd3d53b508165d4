package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.gateway.client.MetricsRequest;
import io.trailmap.gateway.client.SummaryKey;
import io.trailmap.gateway.client.SummariesRequest;
import io.trailmap.gateway.client.FeedbackClient;
import io.trailmap.gateway.client.TouchpointClient;
import io.trailmap.gateway.model.Connection;
import io.trailmap.gateway.model.Enums;
import io.trailmap.gateway.model.FeedbackSummary;
import io.trailmap.gateway.model.Funnel;
import io.trailmap.gateway.model.Touchpoint;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** Touchpoints, interactions and journey analytics. */
@GraphQLApi
public class TouchpointGraph {

    static final int MAX_TOUCHPOINTS = 500;

    private final TouchpointClient touchpoints;
    private final FeedbackClient feedback;
    private final ObjectMapper json;

    public TouchpointGraph(TouchpointClient touchpoints, FeedbackClient feedback, ObjectMapper json) {
        this.touchpoints = touchpoints;
        this.feedback = feedback;
        this.json = json;
    }

    @Query
    @Description("The touchpoint catalogue, oldest first, a page at a time: `first` 1–" + MAX_TOUCHPOINTS
            + " (default 100), `after` a cursor of the previous page")
    public @NonNull Connection.TouchpointConnection touchpoints(Enums.Channel channel, @DefaultValue("100") Integer first, String after) {
        PageArgs page = PageArgs.of(first, after, 100, MAX_TOUCHPOINTS);
        return Connection.TouchpointConnection.of(touchpoints.touchpoints(channel == null ? null : channel.name(), page.first(), page.after()));
    }

    @Name("feedback")
    @Description("Feedback summary of this touchpoint (feedback-service)")
    public List<FeedbackSummary> touchpointFeedback(@Source List<Touchpoint> list) {
        return feedback.summaries(SummariesRequest.of(list.stream().map(t -> SummaryKey.ofTouchpoint(t.id())).toList()));
    }

    @Description("Reach, interactions, conversions and daily trend of this touchpoint (touchpoint-service)")
    public List<io.trailmap.gateway.model.TouchpointMetrics> metrics(@Source List<Touchpoint> list) {
        return list.isEmpty() ? List.of() : touchpoints.metrics(new MetricsRequest(list.stream().map(Touchpoint::id).toList()));
    }

    @Query
    @Description("Funnel of a journey over the given stage keys in order (window: ISO-8601 duration, default P30D)")
    public Funnel funnel(@NonNull @Id String journeyId, @NonNull List<@NonNull String> stages, String from, String to, String window) {
        return touchpoints.funnel(journeyId, stages, from, to, window);
    }

    @Query
    @Description("Attribution of conversions to touchpoints and channels (models FIRST_TOUCH, LAST_TOUCH, LINEAR, TIME_DECAY, POSITION_BASED, MARKOV)")
    public io.trailmap.gateway.model.Attribution attribution(@NonNull @Id String journeyId,
                                                             @DefaultValue("LINEAR") AttributionModel model) {
        return touchpoints.attribution(journeyId, model.name());
    }

    @Description("How a conversion's credit is shared among its touches")
    public enum AttributionModel { FIRST_TOUCH, LAST_TOUCH, LINEAR, TIME_DECAY, POSITION_BASED, MARKOV }

    @Mutation
    @Description("Adds a touchpoint to the catalogue")
    public Touchpoint createTouchpoint(@NonNull Inputs.TouchpointInput input) {
        return touchpoints.create(json.valueToTree(input));
    }

    @Mutation
    @Description("Records interactions (up to 10 000; deduplicated by eventId): each is validated on its own")
    public io.trailmap.gateway.model.IngestResult recordInteractions(@NonNull List<Inputs.@NonNull InteractionInput> interactions) {
        JsonNode body = json.valueToTree(interactions);
        return touchpoints.ingest(body);
    }
}
