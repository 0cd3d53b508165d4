package io.trailmap.gateway.graph;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * gateway/schema.graphql is the published SDL. This test fails when the served schema differs;
 * run it with -Dtrailmap.update-schema=true to rewrite the file, then review the diff.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path FILE = Path.of("schema.graphql");

    @Test
    void theCommittedSchemaIsTheServedOne() throws Exception {
        String served = given().header("Authorization", io.trailmap.testsupport.TestTokens.bearer("acme", "viewer"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("trailmap.update-schema") || !Files.exists(FILE)) {
            Files.writeString(FILE, served);
        }
        assertThat(Files.readString(FILE)).isEqualTo(served);
        assertThat(served).contains("type Journey").contains("journeyInsights(").contains("JourneyConnection");
    }
}
