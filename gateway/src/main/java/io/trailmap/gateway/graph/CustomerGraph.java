package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;
import io.trailmap.common.security.Roles;
import io.trailmap.gateway.client.FeedbackClient;
import io.trailmap.gateway.error.ForbiddenError;
import io.trailmap.gateway.model.Connection;
import io.trailmap.gateway.model.Customer;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** customer(id): each part comes from its own service, so one service down nulls only its part. */
@GraphQLApi
public class CustomerGraph {

    static final int DEFAULT_TIMELINE = 100;
    static final int MAX_TIMELINE = 500;
    static final int DEFAULT_FEEDBACK = 50;
    static final int MAX_FEEDBACK = 500;

    private final TimelineCache timelines;
    private final FeedbackClient feedback;
    private final SecurityIdentity identity;
    private final Context context;

    public CustomerGraph(TimelineCache timelines, FeedbackClient feedback, SecurityIdentity identity, Context context) {
        this.timelines = timelines;
        this.feedback = feedback;
        this.identity = identity;
        this.context = context;
    }

    /**
     * The role is checked here because nothing downstream is asked until a nested field is: a role that
     * may not read gets no object at all. The timeline page the query selects is noted, so that
     * {@code stages} shares its call whichever of the two is resolved first.
     */
    @Query
    @Description("One customer by the id your systems use")
    public Customer customer(@NonNull String id) {
        if (!identity.hasRole(Roles.VIEWER)) {
            throw new ForbiddenError("Your token's roles do not allow this operation");
        }
        List<SelectedField> timeline = context.unwrap(DataFetchingEnvironment.class).getSelectionSet().getFields("timeline");
        if (!timeline.isEmpty()) {
            var arguments = timeline.getFirst().getArguments();
            // SmallRye's Int scalar hands the selection's arguments over as BigDecimal
            timelines.plan(id, arguments.get("first") instanceof Number first ? first.intValue() : null,
                    arguments.get("after") instanceof String after ? after : null);
        }
        return new Customer(id);
    }

    static PageArgs timelinePage(Integer first, String after) {
        return PageArgs.of(first, after, DEFAULT_TIMELINE, MAX_TIMELINE);
    }

    @Description("The customer's interactions, oldest first, a page at a time: `first` 1–" + MAX_TIMELINE + " (default "
            + DEFAULT_TIMELINE + "), `after` a cursor of the previous page")
    public Connection.EventConnection timeline(@Source Customer customer, @DefaultValue("" + DEFAULT_TIMELINE) Integer first,
                                               String after) {
        JsonNode page = timelines.page(customer.id(), timelinePage(first, after));
        List<Connection.EventEdge> edges = new ArrayList<>();
        for (JsonNode e : page.path("items")) {
            Customer.Event event = new Customer.Event(e.path("eventId").asText(), e.path("journeyId").asText(), e.path("stageKey").asText(),
                    e.path("touchpointId").asText(), e.path("type").asText(), e.path("occurredAt").asText(),
                    e.path("channel").isNull() ? null : e.path("channel").asText());
            edges.add(new Connection.EventEdge(event, Connection.keyset(instant(e, "occurredAt"), e.path("id").asText(null))));
        }
        return Connection.EventConnection.of(edges, page.path("nextCursor").asText(null));
    }

    @Description("Per journey the customer was seen in (all of them), the stages they reached and the latest one")
    public List<Customer.JourneyProgress> stages(@Source Customer customer) {
        List<Customer.JourneyProgress> progress = new ArrayList<>();
        for (JsonNode j : timelines.journeys(customer.id())) {
            List<String> keys = new ArrayList<>();
            j.path("stages").forEach(s -> keys.add(s.path("stageKey").asText()));
            progress.add(new Customer.JourneyProgress(j.path("journeyId").asText(), j.path("latestStageKey").asText(null),
                    j.path("conversions").asInt(), keys));
        }
        return progress;
    }

    @Description("The customer's survey responses, oldest first, a page at a time: `first` 1–" + MAX_FEEDBACK + " (default "
            + DEFAULT_FEEDBACK + "), `after` a cursor of the previous page")
    public Connection.ResponseConnection feedback(@Source Customer customer, @DefaultValue("" + DEFAULT_FEEDBACK) Integer first,
                                                  String after) {
        PageArgs args = PageArgs.of(first, after, DEFAULT_FEEDBACK, MAX_FEEDBACK);
        JsonNode page = feedback.responsesOf(customer.id(), args.first(), args.after());
        List<Connection.ResponseEdge> edges = new ArrayList<>();
        for (JsonNode r : page.path("items")) {
            Customer.Response response = new Customer.Response(r.path("responseId").asText(), r.path("kind").asText(),
                    r.path("score").isNumber() ? r.path("score").asInt() : null, r.path("category").asText(null),
                    r.path("comment").asText(null), r.path("language").asText(null), r.path("submittedAt").asText(null));
            edges.add(new Connection.ResponseEdge(response, Connection.keyset(instant(r, "submittedAt"), r.path("id").asText(null))));
        }
        return Connection.ResponseConnection.of(edges, page.path("nextCursor").asText(null));
    }

    private static Instant instant(JsonNode item, String field) {
        return item.path(field).isTextual() ? Instant.parse(item.path(field).asText()) : null;
    }
}
