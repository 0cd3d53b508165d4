package io.trailmap.gateway.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaChangesTest {

    private static final String BEFORE = """
            type Query { journey(id: ID!, version: Int): Journey  journeys(first: Int): [Journey!]! }
            type Journey { id: ID!  name: String  stages: [Stage!]!  status: Status }
            type Stage { key: String! }
            input JourneyInput { name: String!  segment: String }
            enum Status { DRAFT PUBLISHED ARCHIVED }
            """;

    @Test
    void theSameSchemaBreaksNothing() {
        assertThat(SchemaChanges.breaking(BEFORE, BEFORE)).isEmpty();
    }

    @Test
    void additionsAndSurerAnswersAndWiderInputsBreakNothing() {
        String after = """
                type Query { journey(id: ID, version: Int, at: String): Journey  journeys(first: Int): [Journey!]!  personas: [String] }
                type Journey { id: ID!  name: String!  stages: [Stage!]!  status: Status  owner: String }
                type Stage { key: String!  name: String }
                input JourneyInput { name: String  segment: String  colour: String  size: Int! = 3 }
                enum Status { DRAFT PUBLISHED ARCHIVED DELETED }
                type Extra { a: Int }
                """;
        assertThat(SchemaChanges.breaking(BEFORE, after)).isEmpty();
    }

    @Test
    void removalsLooserAnswersStricterInputsAndNewRequiredInputsBreak() {
        String after = """
                type Query { journey(id: ID!, version: Int!, tenant: String!): Journey }
                type Journey { id: ID!  name: Int  stages: [Stage]! }
                input JourneyInput { name: String!  region: String! }
                enum Status { DRAFT PUBLISHED }
                """;
        assertThat(SchemaChanges.breaking(BEFORE, after)).containsExactlyInAnyOrder(
                "Query.journeys: field removed",
                "Query.journey(version): type Int → Int!",
                "Query.journey(tenant): new and required",
                "Journey.name: type String → Int",
                "Journey.stages: type [Stage!]! → [Stage]!",
                "Journey.status: field removed",
                "Stage: type removed",
                "JourneyInput(segment): removed",
                "JourneyInput(region): new and required",
                "Status.ARCHIVED: enum value removed");
    }

    @Test
    void aTypeThatChangesKindBreaks() {
        String after = BEFORE.replace("type Stage { key: String! }", "input Stage { key: String! }");
        assertThat(SchemaChanges.breaking(BEFORE, after)).containsExactly("Stage: kind changed");
    }
}
