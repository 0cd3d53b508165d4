package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("One customer across the services: interactions in order, stages reached per journey, and their feedback")
public record Customer(@Id @NonNull @Description("The customer's id as your systems know it") String id) {

    @Description("An interaction of the customer")
    public record Event(@Description("Your id of the event (dedupe key)") @Id String eventId,
                        @Description("The journey") @Id String journeyId,
                        @Description("The stage") String stageKey,
                        @Description("The touchpoint") @Id String touchpointId,
                        @Description("What happened, e.g. view, click, purchase") String type,
                        @Description("When (ISO-8601)") String occurredAt,
                        @Description("The touchpoint's channel") String channel) {
    }

    @Description("The stages a customer reached in one journey")
    public record JourneyProgress(@Description("The journey") @Id String journeyId,
                                  @Description("The furthest stage reached") String latestStageKey,
                                  @Description("Conversions recorded") Integer conversions,
                                  @Description("Stages reached (all of them)") List<String> stageKeys) {
    }

    @Description("A survey response of the customer")
    public record Response(@Description("Your id of the response (dedupe key)") @Id String responseId,
                           @Description("NPS, CSAT, CES or CUSTOM") String kind,
                           @Description("The score given") Integer score,
                           @Description("promoter, passive, detractor, satisfied…") String category,
                           @Description("The comment as written") String comment,
                           @Description("Detected or given language (en, fi, sv…)") String language,
                           @Description("When (ISO-8601)") String submittedAt) {
    }
}
