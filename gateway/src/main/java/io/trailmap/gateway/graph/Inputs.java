package io.trailmap.gateway.graph;

import io.trailmap.gateway.model.Enums;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Input types of the mutations; the services validate them and their errors come back as BAD_USER_INPUT. */
public final class Inputs {

    private Inputs() {
    }

    @Input("JourneyInput")
    @Description("A journey map as written by clients")
    public record JourneyInput(@NonNull String name, String description, @NonNull Enums.MapType mapType,
                               @NonNull Enums.Segment segment, String ownerTeam, List<String> personaIds,
                               Integer reviewIntervalDays, List<StageInput> stages) {
    }

    @Input("StageInput")
    public record StageInput(String key, @NonNull String name, @NonNull Enums.Phase phase, String goal, List<String> actions,
                             List<String> thoughts, EmotionInput emotion, List<PainPointInput> painPoints) {
    }

    @Input("EmotionInput")
    public record EmotionInput(@NonNull Integer score, String label) {
    }

    @Input("PainPointInput")
    public record PainPointInput(String id, @NonNull String description, @NonNull Integer severity, String touchpointId) {
    }

    @Input("PersonaInput")
    public record PersonaInput(@NonNull String name, @NonNull Enums.Segment segment, String buyingRole, List<String> goals,
                               List<String> painPoints, List<String> preferredChannels, String quote) {
    }

    @Input("TouchpointInput")
    public record TouchpointInput(@NonNull String name, @NonNull Enums.Channel channel, @NonNull String funnelPosition,
                                  String platform, String mode, Integer importance, List<LinkInput> links) {
    }

    @Input("LinkInput")
    public record LinkInput(@NonNull String journeyId, @NonNull String stageKey) {
    }

    @Input("InteractionInput")
    @Description("One tracked event of one customer at one touchpoint; occurredAt is an ISO-8601 instant")
    public record InteractionInput(@NonNull String eventId, @NonNull String customerId, @NonNull String journeyId,
                                   @NonNull String stageKey, @NonNull String touchpointId, @NonNull String type,
                                   @NonNull String occurredAt, Enums.Channel channel, Double value, String currency,
                                   String variant, String sessionId) {
    }

    @Input("ResponseInput")
    @Description("One survey response: kind NPS (0–10), CSAT (1–5), CES (1–7) or CUSTOM; surveyId fills kind and targets")
    public record ResponseInput(@NonNull String responseId, String surveyId, String kind, Integer score, String comment,
                                String customerId, String journeyId, String stageKey, String touchpointId,
                                String submittedAt, String language) {
    }

    @Input("FollowUpChange")
    public record FollowUpChange(Enums.FollowUpStatus status, String assignee, String note, String resolution,
                                 String painPointId) {
    }
}
