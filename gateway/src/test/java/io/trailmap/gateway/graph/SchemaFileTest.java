package io.trailmap.gateway.graph;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * gateway/schema.graphql is the published SDL. This test fails when the served schema differs;
 * run it with -Dtrailmap.update-schema=true to rewrite the file, then review the diff.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path FILE = Path.of("schema.graphql");

    private static String served() {
        return given().header("Authorization", io.trailmap.testsupport.TestTokens.bearer("acme", "viewer"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }

    @Test
    void theCommittedSchemaIsTheServedOne() throws Exception {
        String served = served();
        if (Boolean.getBoolean("trailmap.update-schema") || !Files.exists(FILE)) {
            Files.writeString(FILE, served);
        }
        assertThat(Files.readString(FILE)).isEqualTo(served);
        assertThat(served).contains("type Journey").contains("journeyInsights(").contains("JourneyConnection");
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
