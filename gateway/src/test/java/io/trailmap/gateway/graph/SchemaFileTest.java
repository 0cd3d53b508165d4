package io.trailmap.gateway.graph;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * gateway/schema.graphql is the published SDL. This test fails when the served schema differs;
 * run it with -Dtrailmap.update-schema=true to rewrite the file, then review the diff. The rewrite is refused
 * while it would break clients ({@link SchemaChanges}) in a way that gateway/schema-changes.txt does not list as
 * intended. The SDL must build as graphql-js builds it: every type it names declared (scalars too).
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path FILE = Path.of("schema.graphql");
    private static final Path INTENDED = Path.of("schema-changes.txt");

    private static String served() {
        return given().header("Authorization", io.trailmap.testsupport.TestTokens.bearer("acme", "viewer"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }

    @Test
    void theCommittedSchemaIsTheServedOne() throws Exception {
        String served = served();
        String committed = Files.readString(FILE);
        Set<String> intended = intended();
        List<String> unintended = SchemaChanges.breaking(committed, served).stream().filter(change -> !intended.contains(change)).toList();
        if (Boolean.getBoolean("trailmap.update-schema")) {
            assertThat(unintended).as("breaking changes not listed in gateway/schema-changes.txt").isEmpty();
            Files.writeString(FILE, served);
            committed = served;
        }
        assertThat(committed).as("gateway/schema.graphql is the served SDL (-Dtrailmap.update-schema=true rewrites it); breaking: "
                + unintended).isEqualTo(served);
        assertThat(served).contains("type Journey").contains("journeyInsights(").contains("JourneyConnection");
    }

    /** The lines of schema-changes.txt before their "#" comments: the breaking changes made on purpose. */
    private static Set<String> intended() throws java.io.IOException {
        return Files.readAllLines(INTENDED).stream().map(line -> line.replaceAll("\\s*#.*$", "").strip())
                .filter(line -> !line.isEmpty()).collect(Collectors.toSet());
    }

    @Test
    void theSchemaBuildsStrictlyWithEveryScalarDeclared() {
        TypeDefinitionRegistry schema = new SchemaParser().parse(served());
        // the same checks graphql-js's buildSchema makes: each type named somewhere is defined (an undeclared scalar fails here)
        assertThat(UnExecutableSchemaGenerator.makeUnExecutableSchema(schema).getQueryType()).isNotNull();
    }

    @Test
    void countsAreIntsAndIdsAreIds() {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(served()));
        List<String> wrong = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !type.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    String named = GraphQLTypeUtil.unwrapAll(field.getType()).getName();
                    if ((field.getName().equals("id") || field.getName().endsWith("Id")) && !named.equals("ID")) {
                        wrong.add(type.getName() + "." + field.getName() + ": " + named + ", not ID");
                    }
                    if (named.equals("BigInteger") || named.equals("BigDecimal")) {
                        wrong.add(type.getName() + "." + field.getName() + ": " + named + ", not Int or Float");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyTypeAndFieldIsDescribed() {
        TypeDefinitionRegistry schema = new SchemaParser().parse(served());
        List<String> undescribed = new ArrayList<>();
        for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
            if (type.getDescription() == null) {
                undescribed.add("type " + type.getName());
            }
            for (FieldDefinition field : type.getFieldDefinitions()) {
                if (field.getDescription() == null) {
                    undescribed.add(type.getName() + "." + field.getName());
                }
            }
        }
        for (InputObjectTypeDefinition input : schema.getTypes(InputObjectTypeDefinition.class)) {
            if (input.getDescription() == null) {
                undescribed.add("input " + input.getName());
            }
            for (InputValueDefinition field : input.getInputValueDefinitions()) {
                if (field.getDescription() == null) {
                    undescribed.add(input.getName() + "." + field.getName());
                }
            }
        }
        for (EnumTypeDefinition type : schema.getTypes(EnumTypeDefinition.class)) {
            if (type.getDescription() == null) {
                undescribed.add("enum " + type.getName());
            }
        }
        assertThat(undescribed).isEmpty();
    }
}
