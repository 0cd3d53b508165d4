package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("What erasing a customer removed in each service")
public record Erasure(@Description("The erased customer") String customerId,
                      @Description("Interactions removed (touchpoint-service)") Long interactions,
                      @Description("Stage-progress rows removed (touchpoint-service)") Long stageProgress,
                      @Description("Journeys whose progress the customer was part of") Long journeys,
                      @Description("Survey responses removed (feedback-service)") Long responses,
                      @Description("Reviews removed (feedback-service)") Long reviews,
                      @Description("Follow-up cases removed (feedback-service)") Long followUps) {
}
