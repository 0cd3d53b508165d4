package io.trailmap.e2e;

import io.trailmap.demo.ServiceSuite;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One of everything a tenant keeps, created through the gateway as the tenant's admin: a persona, a
 * two-stage journey using it, a touchpoint on its first stage, a customer's two interactions and a
 * detractor's NPS answer (which opens a follow-up). Every name and comment carries {@link #marker},
 * so any answer that shows this tenant's data can be recognised.
 */
record TenantData(String tenant, String marker, String personaId, String journeyId, String touchpointId,
                  String customerId, List<String> eventIds, String responseId, String followUpId) {

    static final List<String> STAGES = List.of("visit", "buy");

    static TenantData create(ServiceSuite suite, String tenant) {
        GraphQL admin = new GraphQL(suite.client("gateway", tenant, "admin"));
        String marker = "Secret-" + UUID.randomUUID();
        String personaId = admin.data("mutation($input: PersonaInput!) { createPersona(input: $input) { id } }",
                Map.of("input", Map.of("name", "Persona " + marker, "segment", "B2C", "quote", marker))).at("/createPersona/id").asText();
        String journeyId = admin.data("mutation($input: JourneyInput!) { createJourney(input: $input) { id } }",
                Map.of("input", journeyInput(marker, personaId))).at("/createJourney/id").asText();
        String touchpointId = admin.data("mutation($input: TouchpointInput!) { createTouchpoint(input: $input) { id } }",
                Map.of("input", Map.of("name", "Touchpoint " + marker, "channel", "WEBSITE", "funnelPosition", "TOFU",
                        "links", List.of(Map.of("journeyId", journeyId, "stageKey", "visit"))))).at("/createTouchpoint/id").asText();
        String customerId = "customer-" + UUID.randomUUID();
        List<String> eventIds = List.of("event-" + UUID.randomUUID(), "event-" + UUID.randomUUID());
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode recorded = admin.data("mutation($i: [InteractionInput!]!) { recordInteractions(interactions: $i) { accepted } }",
                Map.of("i", List.of(
                        interaction(eventIds.get(0), customerId, journeyId, "visit", touchpointId, at, "VISIT"),
                        interaction(eventIds.get(1), customerId, journeyId, "buy", touchpointId, at.plusSeconds(60), "PURCHASE"))));
        if (recorded.at("/recordInteractions/accepted").asInt() != 2) {
            throw new IllegalStateException("interactions not accepted: " + recorded);
        }
        String responseId = "response-" + UUID.randomUUID();
        JsonNode submitted = admin.data("mutation($r: [ResponseInput!]!) { submitFeedback(responses: $r) { results { followUpId } } }",
                Map.of("r", List.of(Map.of("responseId", responseId, "kind", "NPS", "score", 1, "customerId", customerId,
                        "journeyId", journeyId, "stageKey", "visit", "touchpointId", touchpointId,
                        "comment", "The website kept failing me, " + marker))));
        String followUpId = submitted.at("/submitFeedback/results/0/followUpId").asText();
        if (followUpId.isEmpty()) {
            throw new IllegalStateException("no follow-up opened: " + submitted);
        }
        return new TenantData(tenant, marker, personaId, journeyId, touchpointId, customerId, eventIds, responseId, followUpId);
    }

    static Map<String, Object> journeyInput(String marker, String personaId) {
        return Map.of("name", "Journey " + marker, "mapType", "CURRENT_STATE", "segment", "B2C", "personaIds", List.of(personaId),
                "stages", List.of(
                        Map.of("key", "visit", "name", "Visit " + marker, "phase", "AWARENESS"),
                        Map.of("key", "buy", "name", "Buy", "phase", "PURCHASE")));
    }

    static Map<String, Object> interaction(String eventId, String customerId, String journeyId, String stageKey, String touchpointId,
                                           Instant at, String type) {
        return Map.of("eventId", eventId, "customerId", customerId, "journeyId", journeyId, "stageKey", stageKey,
                "touchpointId", touchpointId, "occurredAt", at.toString(), "type", type);
    }

    /** Strings that appear only in this tenant's data: an answer to anyone else must contain none of them. */
    Set<String> secrets() {
        return Set.of(marker, personaId, journeyId, touchpointId, customerId, eventIds.get(0), eventIds.get(1), responseId, followUpId);
    }
}
