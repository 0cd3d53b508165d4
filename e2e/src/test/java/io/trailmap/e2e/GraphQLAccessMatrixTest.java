package io.trailmap.e2e;

import io.trailmap.demo.ServiceSuite;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.demo.LocalKeys;
import io.trailmap.demo.LocalTokens;
import io.trailmap.demo.ServiceClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §3 over GraphQL, against the four services running for real: a matrix generated from the
 * schema the gateway serves. Every query and mutation must have a rule here (a new one without a rule
 * fails), and is called selecting every field below it, so each nested resolver is part of the check:
 * without a valid token → 401; each role → allowed, or FORBIDDEN exactly where its rule says; another
 * tenant's admin with the first tenant's ids (as arguments, in filters, in inputs and links) → NOT_FOUND
 * or an answer exactly like one for ids that do not exist, never FORBIDDEN, never any of the first
 * tenant's data, and the first tenant's data reads the same afterwards.
 */
@ExtendWith(SharedSuite.class)
class GraphQLAccessMatrixTest {

    private static final List<String> ROLES = List.of("viewer", "editor", "ingest", "admin");
    private static final Map<String, Set<String>> IMPLIED = Map.of(
            "viewer", Set.of("viewer"), "editor", Set.of("editor", "viewer"), "ingest", Set.of("ingest"),
            "admin", Set.of("admin", "editor", "viewer", "ingest"));

    private static ServiceSuite suite;
    private static GraphSchema schema;
    private static GraphRules graph;
    /** The tenant whose data the role matrix reads and changes. */
    private static TenantData owner;

    @BeforeAll
    static void readTheSchemaAndStoreData(ServiceSuite running) {
        suite = running;
        schema = GraphSchema.servedBy(suite);
        graph = new GraphRules(suite, schema);
        owner = TenantData.create(suite, "matrix-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void everyQueryAndMutationHasARuleAndEveryRuleOne() {
        assertThat(new TreeSet<>(graph.rules().keySet())).isEqualTo(schema.rootFields());
    }

    @Test
    void theGeneratedOperationsReachEveryNestedField() {
        Set<String> selected = new HashSet<>();
        graph.rules().forEach((field, rule) -> schema.operation(field, rule.variables().apply(owner).keySet(), selected));
        assertThat(new TreeSet<>(schema.objectFields())).isSubsetOf(selected);
        System.out.printf("e2e: GraphQL matrix: %d queries and mutations reaching %d nested fields%n", graph.rules().size(), selected.size());
    }

    @Test
    void withoutAValidTokenNothingAnswers(@TempDir Path elsewhere) throws Exception {
        TenantData owner = TenantData.create(suite, "matrix-tokens-" + UUID.randomUUID().toString().substring(0, 8));
        LocalTokens forged = new LocalTokens(LocalKeys.in(elsewhere), LocalTokens.ISSUER);
        List<String> callers = new ArrayList<>();
        callers.add(null);
        callers.add(forged.token("matrix", "admin", Duration.ofHours(1)));
        callers.add(suite.token("matrix", "admin").substring(0, 40) + "x.y.z");
        List<String> open = new ArrayList<>();
        for (Map.Entry<String, GraphRules.Rule> rule : graph.rules().entrySet()) {
            for (String token : callers) {
                Map<String, Object> variables = rule.getValue().variables().apply(owner);
                int status = new ServiceClient(suite.url("gateway"), token).post("/graphql",
                        Map.of("query", schema.operation(rule.getKey(), variables.keySet(), new HashSet<>()), "variables", variables)).status();
                if (status != 401) {
                    open.add(rule.getKey() + (token == null ? " without a token" : " with a bad token") + " → " + status);
                }
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void everyRoleIsAllowedOrRefusedAsTheRulesSay() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, GraphRules.Rule> entry : graph.rules().entrySet()) {
            String field = entry.getKey();
            for (String role : ROLES) {
                boolean allowed = IMPLIED.get(role).contains(entry.getValue().needs());
                JsonNode answer = graph.call(owner.tenant(), role, field, entry.getValue().variables().apply(owner));
                JsonNode value = answer.path("data").path(rootName(field));
                if (allowed && (answer.has("errors") || value.isNull() || value.isMissingNode())) {
                    wrong.add(field + " as " + role + " should be allowed: " + answer.get("errors"));
                }
                if (!allowed && (!"FORBIDDEN".equals(answer.at("/errors/0/extensions/code").asText()) || !(value.isNull() || value.isMissingNode()))) {
                    wrong.add(field + " as " + role + " should be FORBIDDEN: " + abbreviated(answer));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anotherTenantFindsNothingOfTheFirstAndChangesNothing() {
        TenantData first = TenantData.create(suite, "matrix-a-" + UUID.randomUUID().toString().substring(0, 8));
        String other = "matrix-b-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
        graph.rules().forEach((field, rule) -> variables.put(field, rule.variables().apply(first)));
        Map<String, String> before = graph.snapshot(first);
        assertThat(String.join("", before.values())).as("the first tenant sees its own data").contains(first.marker())
                .contains(first.customerId()).contains(first.eventIds().getFirst()).contains(first.responseId()).contains(first.followUpId());

        List<String> wrong = new ArrayList<>();
        TenantData phantom = phantom();
        for (Map.Entry<String, Map<String, Object>> call : variables.entrySet()) {
            String field = call.getKey();
            GraphRules.Rule rule = graph.rules().get(field);
            JsonNode answer = graph.call(other, "admin", field, call.getValue());
            String text = answer.toString();
            String sent = call.getValue().toString();
            first.secrets().stream().filter(secret -> !sent.contains(secret) && text.contains(secret))
                    .forEach(secret -> wrong.add(field + " shows " + secret + ": " + abbreviated(answer)));
            String code = answer.at("/errors/0/extensions/code").asText();
            if (code.equals("FORBIDDEN") || code.equals("UNAUTHENTICATED")) {
                wrong.add(field + " answers " + code + " instead of not found: " + abbreviated(answer));
            }
            // a query for a record answers null, as for one that does not exist; a mutation of one answers NOT_FOUND
            boolean nothing = answer.path("data").path(rootName(field)).isNull()
                    && (field.startsWith("Query.") ? code.isEmpty() || code.equals("NOT_FOUND") : code.equals("NOT_FOUND"));
            if (rule.foreign() == GraphRules.Foreign.NOT_FOUND && !nothing) {
                wrong.add(field + " should be not found: " + abbreviated(answer));
            }
            if (field.startsWith("Query.")) {
                String unknown = replace(graph.call(other, "admin", field, rule.variables().apply(phantom)).toString(), phantom, first);
                if (!unknown.equals(text)) {
                    wrong.add(field + " answers otherwise than for ids that do not exist: " + abbreviated(answer) + " vs " + unknown);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(graph.snapshot(first)).isEqualTo(before);
    }

    @Test
    void theMapPictureOfAnotherTenantsJourneyIsNotFound() {
        TenantData first = TenantData.create(suite, "matrix-svg-" + UUID.randomUUID().toString().substring(0, 8));
        String path = "/journeys/" + first.journeyId() + "/map.svg";
        assertThat(suite.client("gateway", first.tenant(), "viewer").get(path).expect(200).text()).contains(first.marker());
        ServiceClient.Answer foreign = suite.client("gateway", "matrix-other", "admin").get(path);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain(first.marker());
        assertThat(new ServiceClient(suite.url("gateway"), null).get(path).status()).isEqualTo(401);
        assertThat(suite.client("gateway", first.tenant(), "ingest").get(path).status()).isEqualTo(403);
    }

    /** Ids and names nobody stored. */
    private static TenantData phantom() {
        return new TenantData("nobody", "Secret-" + UUID.randomUUID(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "customer-" + UUID.randomUUID(), List.of("event-" + UUID.randomUUID(), "event-" + UUID.randomUUID()),
                "response-" + UUID.randomUUID(), UUID.randomUUID().toString());
    }

    private static String replace(String text, TenantData from, TenantData to) {
        return text.replace(from.journeyId(), to.journeyId()).replace(from.touchpointId(), to.touchpointId())
                .replace(from.personaId(), to.personaId()).replace(from.customerId(), to.customerId())
                .replace(from.followUpId(), to.followUpId()).replace(from.marker(), to.marker());
    }

    private static String rootName(String field) {
        return field.substring(field.indexOf('.') + 1);
    }

    private static String abbreviated(JsonNode answer) {
        String text = answer.toString();
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
