package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("What erasing a customer removed in each service")
public record Erasure(@Description("The erased customer") String customerId,
                      @Description("Interactions removed (touchpoint-service)") Long interactions,
                      @Description("Stage-progress rows removed (touchpoint-service)") Long stageProgress,
                      @Description("Journeys whose progress the customer was part of") Long journeys,
                      @Description("Survey responses removed (feedback-service)") Long responses,
                      @Description("Reviews removed (feedback-service)") Long reviews,
                      @Description("Follow-up cases removed (feedback-service)") Long followUps,
                      @Description("One receipt per service: the audit record each kept of this erasure") java.util.List<Receipt> receipts) {

    @Description("A service's receipt for an erasure: the id and time of the audit record it keeps (who and how much, never whose data)")
    public record Receipt(@Description("touchpoint-service or feedback-service") String service,
                          @Description("The id of the service's audit record (GET /audit/erasures)") String auditId,
                          @Description("When the service erased (ISO-8601)") String erasedAt) {
    }
}
