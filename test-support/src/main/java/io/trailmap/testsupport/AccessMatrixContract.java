package io.trailmap.testsupport;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of a service, generated from its own OpenAPI document: every operation must have
 * a rule here (a new endpoint without one fails), every operation refuses a request without a token
 * (401), and every role gets 403 exactly where DESIGN §3 says it may not go. Roles imply others as
 * the tokens do: admin ⊇ editor ⊇ viewer, admin ⊇ ingest. Extend in a {@code @QuarkusTest}.
 */
public abstract class AccessMatrixContract {

    private static final List<String> ROLES = List.of("viewer", "editor", "ingest", "admin");
    private static final Map<String, Set<String>> IMPLIED = Map.of(
            "viewer", Set.of("viewer"), "editor", Set.of("editor", "viewer"), "ingest", Set.of("ingest"),
            "admin", Set.of("admin", "editor", "viewer", "ingest"));

    /** "METHOD /path/{template}" → the role it needs: viewer, editor, ingest or admin (or several, comma-separated: any of them). */
    /** The /webhooks API every event-producing service serves: its admins only. */
    protected static final Map<String, String> WEBHOOK_RULES = Map.of(
            "POST /webhooks", "admin", "GET /webhooks", "admin", "GET /webhooks/{id}", "admin", "DELETE /webhooks/{id}", "admin",
            "POST /webhooks/{id}/resume", "admin", "GET /webhooks/{id}/deliveries", "admin",
            "POST /webhooks/{id}/deliveries/{deliveryId}/redeliver", "admin");

    /** A service's own rules and those of its /webhooks API. */
    protected static Map<String, String> withWebhooks(Map<String, String> rules) {
        Map<String, String> all = new java.util.HashMap<>(rules);
        all.putAll(WEBHOOK_RULES);
        return all;
    }

    protected abstract Map<String, String> rules();

    @Test
    void everyOperationHasARuleAndEveryRuleAnOperation() {
        assertThat(new TreeSet<>(OpenApiOperations.list())).isEqualTo(new TreeSet<>(rules().keySet()));
    }

    @Test
    void everyOperationNeedsAToken() {
        List<String> open = new ArrayList<>();
        for (String operation : OpenApiOperations.list()) {
            int status = OpenApiOperations.call(given(), operation).statusCode();
            if (status != 401) {
                open.add(operation + " → " + status);
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void everyRoleIsAllowedOrRefusedAsTheRulesSay() {
        String tenant = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> wrong = new ArrayList<>();
        for (String operation : OpenApiOperations.list()) {
            String needed = rules().get(operation);
            for (String role : ROLES) {
                boolean allowed = java.util.Arrays.stream(needed.split(",")).anyMatch(IMPLIED.get(role)::contains);
                int status = OpenApiOperations.call(given().header("Authorization", TestTokens.bearer(tenant, role)), operation)
                        .statusCode();
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(operation + " as " + role + " → " + status + (allowed ? " (should be allowed)" : " (should be 403)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
