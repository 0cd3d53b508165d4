package io.trailmap.e2e;

import io.trailmap.demo.ServiceSuite;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * DESIGN §3 for every query and mutation of the gateway: the role each needs, what another tenant
 * gets for a tenant's ids, and the arguments that address a tenant's data; and calls of them that
 * select every field below the root field.
 */
final class GraphRules {

    /**
     * What another tenant gets for the first one's ids: NOT_FOUND — a null record (queries) or a
     * NOT_FOUND error (mutations); NOTHING — an answer with none of the first tenant's data.
     */
    enum Foreign { NOT_FOUND, NOTHING }

    /** The role a root field needs, what a foreign tenant gets, and its arguments for a tenant's data. */
    record Rule(String needs, Foreign foreign, Function<TenantData, Map<String, Object>> variables) {
    }

    private final ServiceSuite suite;
    private final GraphSchema schema;

    GraphRules(ServiceSuite suite, GraphSchema schema) {
        this.suite = suite;
        this.schema = schema;
    }

    /** The rules in the order they are applied: reads before writes, the erasure last. */
    Map<String, Rule> rules() {
        Map<String, Rule> ordered = new java.util.TreeMap<>(java.util.Comparator
                .comparing((String field) -> field.startsWith("Mutation."))
                .thenComparing(field -> field.equals("Mutation.eraseCustomer"))
                .thenComparing(field -> field));
        ordered.putAll(unordered());
        return ordered;
    }

    private Map<String, Rule> unordered() {
        return Map.ofEntries(
                entry("Query.attribution", new Rule("viewer", Foreign.NOTHING, d -> Map.of("journeyId", d.journeyId(), "model", "LINEAR"))),
                entry("Query.customer", new Rule("viewer", Foreign.NOTHING, d -> Map.of("id", d.customerId()))),
                entry("Query.feedbackSummary", new Rule("viewer", Foreign.NOTHING,
                        d -> Map.of("journeyId", d.journeyId(), "stageKey", "visit", "touchpointId", d.touchpointId()))),
                entry("Query.followUps", new Rule("viewer", Foreign.NOTHING, d -> Map.of("status", "OPEN"))),
                entry("Query.funnel", new Rule("viewer", Foreign.NOTHING, d -> Map.of("journeyId", d.journeyId(), "stages", TenantData.STAGES))),
                entry("Query.journey", new Rule("viewer", Foreign.NOT_FOUND, d -> Map.of("id", d.journeyId()))),
                entry("Query.journeyInsights", new Rule("viewer", Foreign.NOT_FOUND, d -> Map.of("journeyId", d.journeyId()))),
                entry("Query.journeys", new Rule("viewer", Foreign.NOTHING, d -> Map.of("filter", Map.of("q", d.marker())))),
                entry("Query.personas", new Rule("viewer", Foreign.NOTHING, d -> Map.of())),
                entry("Query.touchpoints", new Rule("viewer", Foreign.NOTHING, d -> Map.of("channel", "WEBSITE"))),
                entry("Mutation.createJourney", new Rule("editor", Foreign.NOTHING,
                        d -> Map.of("input", TenantData.journeyInput("A copy", d.personaId())))),
                entry("Mutation.createPersona", new Rule("editor", Foreign.NOTHING,
                        d -> Map.of("input", Map.of("name", "Another persona", "segment", "B2B")))),
                entry("Mutation.createTouchpoint", new Rule("editor", Foreign.NOTHING,
                        d -> Map.of("input", Map.of("name", "Another touchpoint", "channel", "EMAIL", "funnelPosition", "MOFU",
                                "links", List.of(Map.of("journeyId", d.journeyId(), "stageKey", "buy")))))),
                entry("Mutation.eraseCustomer", new Rule("admin", Foreign.NOTHING, d -> Map.of("customerId", d.customerId()))),
                entry("Mutation.instantiateTemplate", new Rule("editor", Foreign.NOTHING, d -> Map.of("key", "saas-trial"))),
                entry("Mutation.linkTouchpoint", new Rule("editor", Foreign.NOT_FOUND,
                        d -> Map.of("journeyId", d.journeyId(), "stageKey", "buy", "touchpointId", d.touchpointId()))),
                entry("Mutation.publishJourney", new Rule("editor", Foreign.NOT_FOUND, d -> Map.of("id", draftJourney(d)))),
                entry("Mutation.recordInteractions", new Rule("ingest", Foreign.NOTHING, d -> Map.of("interactions", List.of(
                        TenantData.interaction("event-" + UUID.randomUUID(), d.customerId(), d.journeyId(), "buy", d.touchpointId(),
                                Instant.now().minusSeconds(30), "PURCHASE"))))),
                entry("Mutation.submitFeedback", new Rule("ingest", Foreign.NOTHING, d -> Map.of("responses", List.of(Map.of(
                        "responseId", "response-" + UUID.randomUUID(), "kind", "CSAT", "score", 4, "customerId", d.customerId(),
                        "journeyId", d.journeyId(), "stageKey", "buy", "touchpointId", d.touchpointId()))))),
                entry("Mutation.updateFollowUp", new Rule("editor", Foreign.NOT_FOUND, d -> Map.of("id", d.followUpId(),
                        "version", version(d, "feedback-service", "/follow-ups/" + d.followUpId()),
                        "change", Map.of("assignee", "someone@example.com")))),
                entry("Mutation.updateJourney", new Rule("editor", Foreign.NOT_FOUND, d -> Map.of("id", d.journeyId(),
                        "version", version(d, "journey-service", "/journeys/" + d.journeyId()),
                        "input", TenantData.journeyInput("Renamed", d.personaId())))));
    }

    /** Everything the tenant's admin reads through every query, each asking for every field. */
    Map<String, String> snapshot(TenantData data) {
        return snapshot(data, field -> field.startsWith("Query."));
    }

    /** What the tenant's admin reads through the given queries, each asking for every field. */
    Map<String, String> snapshot(TenantData data, java.util.function.Predicate<String> queries) {
        Map<String, String> answers = new LinkedHashMap<>();
        rules().forEach((field, rule) -> {
            if (queries.test(field)) {
                answers.put(field, call(data.tenant(), "admin", field, rule.variables().apply(data)).toString());
            }
        });
        return answers;
    }

    /**
     * The answer without its {@code dataAsOf} stamps: they say when an answer was counted (DESIGN §5
     * "Freshness"), not what a tenant sees, so answers compare as data.
     */
    JsonNode call(String tenant, String role, String field, Map<String, Object> variables) {
        String operation = schema.operation(field, variables.keySet(), new HashSet<>());
        return withoutFreshness(new GraphQL(suite.client("gateway", tenant, role)).query(operation, variables));
    }

    private static JsonNode withoutFreshness(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("dataAsOf");
        }
        node.forEach(GraphRules::withoutFreshness);
        return node;
    }

    private String draftJourney(TenantData data) {
        return new GraphQL(suite.client("gateway", data.tenant(), "admin")).data("mutation($input: JourneyInput!) { createJourney(input: $input) { id } }",
                Map.of("input", TenantData.journeyInput("Draft", data.personaId()))).at("/createJourney/id").asText();
    }

    private int version(TenantData data, String service, String path) {
        return suite.client(service, data.tenant(), "admin").get(path).expect(200).json().get("version").asInt();
    }

}
