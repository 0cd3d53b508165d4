package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("What erasing a customer removed in each service")
public record Erasure(String customerId, Long interactions, Long stageProgress, Long journeys, Long responses, Long reviews,
                      Long followUps) {
}
