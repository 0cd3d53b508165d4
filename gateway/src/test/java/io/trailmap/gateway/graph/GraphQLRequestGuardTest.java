package io.trailmap.gateway.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQLRequestGuardTest {

    @Test
    void aSoundEnvelopePasses() {
        assertThat(GraphQLRequestGuard.problemWith("{\"query\": \"{ personas { id } }\"}")).isNull();
        assertThat(GraphQLRequestGuard.problemWith("{\"query\": \"query($a: ID!) { journey(id: $a) { id } }\", \"variables\": {\"a\": \"x\"},"
                + " \"operationName\": null, \"extensions\": {}}")).isNull();
        assertThat(GraphQLRequestGuard.problemWith("{\"query\": \"{ personas { id } }\", \"variables\": null}")).isNull();
    }

    @Test
    void eachBrokenPartIsNamed() {
        assertThat(GraphQLRequestGuard.problemWith("")).contains("no body");
        assertThat(GraphQLRequestGuard.problemWith("not json")).contains("not JSON");
        assertThat(GraphQLRequestGuard.problemWith("[{\"query\": \"{ a }\"}]")).contains("JSON object");
        assertThat(GraphQLRequestGuard.problemWith("{\"query\": 5}")).contains("\"query\" must be a string");
        assertThat(GraphQLRequestGuard.problemWith("{}")).contains("\"query\" must be a string");
        assertThat(GraphQLRequestGuard.problemWith("{\"query\": \"{ a }\", \"variables\": \"x\"}")).contains("\"variables\" must be an object");
        assertThat(GraphQLRequestGuard.problemWith("{\"query\": \"{ a }\", \"operationName\": 1}")).contains("\"operationName\"");
        assertThat(GraphQLRequestGuard.problemWith("{\"query\": \"{ a }\", \"extensions\": []}")).contains("\"extensions\"");
    }

    @Test
    void jsonNestedPastTheParsersLimitIsNamed() {
        String deep = "{\"query\": \"{ a }\", \"variables\": " + "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_000) + "}";
        assertThat(GraphQLRequestGuard.problemWith(deep)).contains("not JSON").containsIgnoringCase("depth");
    }
}
