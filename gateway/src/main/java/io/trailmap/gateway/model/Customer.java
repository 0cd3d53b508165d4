package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("One customer across the services: interactions in order, stages reached per journey, and their feedback")
public record Customer(@Id @NonNull String id) {

    @Description("An interaction of the customer")
    public record Event(String eventId, String journeyId, String stageKey, String touchpointId, String type, String occurredAt,
                        String channel) {
    }

    @Description("The stages a customer reached in one journey")
    public record JourneyProgress(String journeyId, String latestStageKey, Integer conversions, List<String> stageKeys) {
    }

    @Description("A survey response of the customer")
    public record Response(String responseId, String kind, Integer score, String category, String comment, String language,
                           String submittedAt) {
    }
}
