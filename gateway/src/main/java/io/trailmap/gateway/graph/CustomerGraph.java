package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.gateway.client.FeedbackClient;
import io.quarkus.security.identity.SecurityIdentity;
import io.trailmap.common.security.Roles;
import io.trailmap.gateway.error.Downstream;
import io.trailmap.gateway.error.ForbiddenError;
import io.trailmap.gateway.model.Customer;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.List;

/** customer(id): each part comes from its own service, so one service down nulls only its part. */
@GraphQLApi
public class CustomerGraph {

    private final TimelineCache timelines;
    private final FeedbackClient feedback;
    private final SecurityIdentity identity;

    public CustomerGraph(TimelineCache timelines, FeedbackClient feedback, SecurityIdentity identity) {
        this.timelines = timelines;
        this.feedback = feedback;
        this.identity = identity;
    }

    /** Checked here because nothing downstream is asked until a nested field is: a role that may not read gets no object at all. */
    @Query
    @Description("One customer by the id your systems use")
    public Customer customer(@NonNull String id) {
        if (!identity.hasRole(Roles.VIEWER)) {
            throw new ForbiddenError("Your token's roles do not allow this operation");
        }
        return new Customer(id);
    }

    @Description("The customer's interactions, oldest first (up to 200)")
    public List<Customer.Event> timeline(@Source Customer customer) {
        JsonNode timeline = timelines.of(customer.id());
        List<Customer.Event> events = new ArrayList<>();
        for (JsonNode e : timeline.path("items")) {
            events.add(new Customer.Event(e.path("eventId").asText(), e.path("journeyId").asText(), e.path("stageKey").asText(),
                    e.path("touchpointId").asText(), e.path("type").asText(), e.path("occurredAt").asText(),
                    e.path("channel").isNull() ? null : e.path("channel").asText()));
        }
        return events;
    }

    @Description("Per journey, the stages the customer reached and the latest one")
    public List<Customer.JourneyProgress> stages(@Source Customer customer) {
        JsonNode timeline = timelines.of(customer.id());
        List<Customer.JourneyProgress> progress = new ArrayList<>();
        for (JsonNode j : timeline.path("journeys")) {
            List<String> keys = new ArrayList<>();
            j.path("stages").forEach(s -> keys.add(s.path("stageKey").asText()));
            progress.add(new Customer.JourneyProgress(j.path("journeyId").asText(), j.path("latestStageKey").asText(null),
                    j.path("conversions").asInt(), keys));
        }
        return progress;
    }

    @Description("The customer's survey responses")
    public List<Customer.Response> feedback(@Source Customer customer) {
        JsonNode page = Downstream.guarded("feedback-service", () -> feedback.responsesOf(customer.id()));
        List<Customer.Response> responses = new ArrayList<>();
        for (JsonNode r : page.path("items")) {
            responses.add(new Customer.Response(r.path("responseId").asText(), r.path("kind").asText(),
                    r.path("score").isNumber() ? r.path("score").asInt() : null, r.path("category").asText(null),
                    r.path("comment").asText(null), r.path("language").asText(null), r.path("submittedAt").asText(null)));
        }
        return responses;
    }
}
