package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.gateway.client.SummaryKey;
import io.trailmap.gateway.client.SummariesRequest;
import io.trailmap.gateway.client.FeedbackClient;
import io.trailmap.gateway.erasure.CustomerErasures;
import io.trailmap.gateway.error.PartiallyUnavailable;
import io.trailmap.gateway.model.Connection;
import io.trailmap.gateway.model.Enums;
import io.trailmap.gateway.model.Erasure;
import io.trailmap.gateway.model.FeedbackSummary;
import io.trailmap.gateway.model.FollowUp;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Feedback scores, follow-up cases, feedback submission and customer erasure. */
@GraphQLApi
public class FeedbackGraph {

    static final int MAX_FOLLOW_UPS = 500;

    private final FeedbackClient feedback;
    private final ObjectMapper json;
    private final CustomerErasures erasures;

    public FeedbackGraph(FeedbackClient feedback, ObjectMapper json, CustomerErasures erasures) {
        this.feedback = feedback;
        this.json = json;
        this.erasures = erasures;
    }

    @Query
    @Description("NPS, CSAT, CES and sentiment for a journey, stage and/or touchpoint")
    public FeedbackSummary feedbackSummary(@Id String journeyId, String stageKey, @Id String touchpointId, String from, String to) {
        return feedback.summaries(new SummariesRequest(List.of(new SummaryKey(journeyId, stageKey, touchpointId)), from, to)).getFirst();
    }

    @Query
    @Description("Close-the-loop cases, oldest first, a page at a time: `first` 1–" + MAX_FOLLOW_UPS
            + " (default 50), `after` a cursor of the previous page")
    public @NonNull Connection.FollowUpConnection followUps(Enums.FollowUpStatus status, Boolean overdue,
                                                            @DefaultValue("50") Integer first, String after) {
        PageArgs page = PageArgs.of(first, after, 50, MAX_FOLLOW_UPS);
        return Connection.FollowUpConnection.of(feedback.followUps(status == null ? null : status.name(), overdue, page.first(), page.after()));
    }

    @Mutation
    @Description("Works on a follow-up case; `version` is the one you read (a stale one is a CONFLICT)")
    public FollowUp updateFollowUp(@NonNull @Id String id, int version, @NonNull Inputs.FollowUpChange change) {
        return feedback.updateFollowUp(id, version, json.valueToTree(change));
    }

    @Mutation
    @Description("Submits survey responses (up to 1 000; deduplicated by responseId); unhappy ones open follow-up cases")
    public io.trailmap.gateway.model.FeedbackSubmission submitFeedback(@NonNull List<Inputs.@NonNull ResponseInput> responses) {
        JsonNode body = json.valueToTree(responses);
        return feedback.submit(body);
    }

    @Mutation
    @Description("Erases a customer's interactions and feedback in every service, side by side (admin); answers a receipt per"
            + " service. Repeatable: when a service fails, the others are done and calling again completes the erasure")
    public Erasure eraseCustomer(@NonNull String customerId) throws PartiallyUnavailable {
        return erasures.erase(customerId);
    }
}
