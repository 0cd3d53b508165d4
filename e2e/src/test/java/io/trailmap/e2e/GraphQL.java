package io.trailmap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.demo.ServiceClient;

import java.util.Map;

/** GraphQL over HTTP to the gateway, as a frontend calls it. */
final class GraphQL {

    private final ServiceClient gateway;

    GraphQL(ServiceClient gateway) {
        this.gateway = gateway;
    }

    /** The whole answer ({data, errors}); GraphQL answers 200 even with errors. */
    JsonNode query(String query, Map<String, Object> variables) {
        return gateway.post("/graphql", Map.of("query", query, "variables", variables)).expect(200).json();
    }

    JsonNode query(String query) {
        return query(query, Map.of());
    }

    /** The data of an answer that must have no errors. */
    JsonNode data(String query, Map<String, Object> variables) {
        JsonNode answer = query(query, variables);
        if (answer.hasNonNull("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors"));
        }
        return answer.get("data");
    }
}
