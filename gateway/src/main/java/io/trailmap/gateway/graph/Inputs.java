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
    public record JourneyInput(
            @NonNull @Description("1–200 characters, unique per tenant") String name,
            @Description("What the journey covers") String description,
            @NonNull @Description("What the map shows") Enums.MapType mapType,
            @NonNull @Description("B2B or B2C") Enums.Segment segment,
            @Description("The team that owns the journey") String ownerTeam,
            @Description("Ids of personas of your tenant") List<String> personaIds,
            @Description("Days between reviews of the map (1–730, default 90)") Integer reviewIntervalDays,
            @Description("Up to 50 stages in order") List<StageInput> stages) {
    }

    @Input("StageInput")
    @Description("A stage as written by clients; keep `key` to keep the stage's identity")
    public record StageInput(
            @Description("The stage's stable key; omit for a new stage") String key,
            @NonNull @Description("1–200 characters") String name,
            @NonNull @Description("The lifecycle phase") Enums.Phase phase,
            @Description("What the customer wants here") String goal,
            @Description("What the customer does (up to 200)") List<String> actions,
            @Description("What the customer thinks (up to 200)") List<String> thoughts,
            @Description("The emotion the map assumes") EmotionInput emotion,
            @Description("Known problems (up to 200)") List<PainPointInput> painPoints) {
    }

    @Input("EmotionInput")
    @Description("How the customer feels")
    public record EmotionInput(@NonNull @Description("−2 … +2") Integer score,
                               @Description("A word for the feeling") String label) {
    }

    @Input("PainPointInput")
    @Description("A problem customers meet in the stage")
    public record PainPointInput(@Description("Keep it to keep the pain point's identity") String id,
                                 @NonNull @Description("What goes wrong") String description,
                                 @NonNull @Description("1 (minor) … 5 (critical)") Integer severity,
                                 @Description("The touchpoint where it happens") String touchpointId) {
    }

    @Input("PersonaInput")
    @Description("A persona as written by clients")
    public record PersonaInput(@NonNull @Description("1–200 characters") String name,
                               @NonNull @Description("B2B or B2C") Enums.Segment segment,
                               @Description("B2B buying role: DECISION_MAKER, INFLUENCER, CHAMPION, USER, GATEKEEPER") String buyingRole,
                               @Description("What they want") List<String> goals,
                               @Description("What frustrates them") List<String> painPoints,
                               @Description("Channels they prefer") List<String> preferredChannels,
                               @Description("A typical thing they say") String quote) {
    }

    @Input("TouchpointInput")
    @Description("A touchpoint as written by clients")
    public record TouchpointInput(@NonNull @Description("1–200 characters") String name,
                                  @NonNull @Description("The channel") Enums.Channel channel,
                                  @NonNull @Description("Where in the funnel it sits") Enums.FunnelPosition funnelPosition,
                                  @Description("Where it runs, e.g. web, iOS, store") String platform,
                                  @Description("Online or offline") Enums.Mode mode,
                                  @Description("1 … 5") Integer importance,
                                  @Description("Journey stages to link it to") List<LinkInput> links) {
    }

    @Input("LinkInput")
    @Description("A journey stage to link a touchpoint to")
    public record LinkInput(@NonNull @Description("The journey's id") String journeyId,
                            @NonNull @Description("The stage's key") String stageKey) {
    }

    @Input("InteractionInput")
    @Description("One tracked event of one customer at one touchpoint; occurredAt is an ISO-8601 instant")
    public record InteractionInput(
            @NonNull @Description("Your id of the event; a known one is a duplicate") String eventId,
            @NonNull @Description("The customer's id as your systems know it") String customerId,
            @NonNull @Description("The journey") String journeyId,
            @NonNull @Description("The stage's key") String stageKey,
            @NonNull @Description("The touchpoint") String touchpointId,
            @NonNull @Description("What happened: view, click, submit, purchase, conversion…") String type,
            @NonNull @Description("When (ISO-8601 instant, not in the future)") String occurredAt,
            @Description("Defaults to the touchpoint's channel") Enums.Channel channel,
            @Description("Monetary value, ≥ 0") Double value,
            @Description("ISO-4217 code of the value") String currency,
            @Description("A/B variant") String variant,
            @Description("Your session id") String sessionId) {
    }

    @Input("ResponseInput")
    @Description("One survey response: kind NPS (0–10), CSAT (1–5), CES (1–7) or CUSTOM; surveyId fills kind and targets")
    public record ResponseInput(@NonNull @Description("Your id of the response; a known one is a duplicate") String responseId,
                                @Description("The survey answered") String surveyId,
                                @Description("NPS, CSAT, CES or CUSTOM") String kind,
                                @Description("The score in the kind's range") Integer score,
                                @Description("Free text, up to 10 000 characters") String comment,
                                @Description("The customer") String customerId,
                                @Description("The journey it is about") String journeyId,
                                @Description("The stage it is about") String stageKey,
                                @Description("The touchpoint it is about") String touchpointId,
                                @Description("When (ISO-8601); defaults to now") String submittedAt,
                                @Description("en, fi, sv…; detected when omitted") String language) {
    }

    @Input("FollowUpChange")
    @Description("A change to a follow-up case; omitted fields stay as they are")
    public record FollowUpChange(@Description("The new status") Enums.FollowUpStatus status,
                                 @Description("Who works on it") String assignee,
                                 @Description("A note for the case's history") String note,
                                 @Description("How it was resolved (needed with RESOLVED)") String resolution,
                                 @Description("A journey pain point it confirms") String painPointId) {
    }
}
