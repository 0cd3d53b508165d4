package io.trailmap.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.trailmap.testsupport.openapi.OpenApiDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions every operation of a service's OpenAPI document must follow, generated from the
 * document the running service serves (as {@link AccessMatrixContract} is): a new operation is held
 * to them without a line here. Every operation needs a role and documents 401 and 403; every 4xx
 * and 5xx is a problem+json of the shared Problem schema; no 500 is documented; every success with a
 * body describes it with a schema; every 201 says where the new resource is (Location); every
 * reference resolves. The document is published as {@code openapi.yaml} in the service's folder, for client
 * generators: a test fails when the served one differs ({@code -Dtrailmap.update-openapi=true} rewrites the file; review
 * the diff). Extend in a {@code @QuarkusTest}.
 */
public abstract class OpenApiDocumentContract {

    private OpenApiDocument document;

    @BeforeEach
    void readDocument() {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        document = OpenApiDocument.servedAt(base);
    }

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        Path file = Path.of("openapi.yaml");
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("trailmap.update-openapi")) {
            Files.writeString(file, served);
        }
        assertThat(Files.exists(file)).as(file.toAbsolutePath() + " is committed (-Dtrailmap.update-openapi=true writes it)").isTrue();
        assertThat(Files.readString(file)).as("openapi.yaml is the served document (-Dtrailmap.update-openapi=true rewrites it)")
                .isEqualTo(served);
    }

    @Test
    void everyOperationHasItsOwnOperationIdForGeneratedClients() {
        List<String> ids = document.operations().stream().map(operation -> operation.definition().path("operationId").asText("")).toList();
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    void everyOperationNeedsARoleAndDocuments401And403() {
        List<String> wrong = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            JsonNode responses = operation.definition().path("responses");
            if (operation.definition().path("security").isEmpty()) {
                wrong.add(operation.name() + " has no security requirement");
            }
            for (String status : List.of("401", "403")) {
                if (!responses.has(status)) {
                    wrong.add(operation.name() + " does not document " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyErrorAnswerIsAProblemOfTheSharedSchema() {
        List<String> wrong = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            operation.definition().path("responses").fields().forEachRemaining(answer -> {
                if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                    JsonNode content = answer.getValue().path("content");
                    boolean problem = content.size() == 1 && "#/components/schemas/Problem".equals(
                            content.path("application/problem+json").path("schema").path("$ref").asText());
                    if (!problem) {
                        wrong.add(operation.name() + " " + answer.getKey() + " → " + content);
                    }
                }
            });
        }
        assertThat(wrong).isEmpty();
        JsonNode problem = document.root().at("/components/schemas/Problem");
        assertThat(problem.path("required").toString()).isEqualTo("[\"type\",\"title\",\"status\"]");
        assertThat(fieldNames(problem.path("properties"))).containsExactly("type", "title", "status", "detail", "errors");
        assertThat(fieldNames(document.root().at("/components/schemas/FieldError/properties"))).containsExactly("field", "message");
    }

    @Test
    void noOperationDocumentsAnInternalError() {
        List<String> documented = document.operations().stream()
                .filter(operation -> operation.definition().path("responses").has("500"))
                .map(OpenApiDocument.Operation::name).toList();
        assertThat(documented).isEmpty();
    }

    @Test
    void everySuccessWithABodyDescribesItWithASchemaAndEveryCreationItsLocation() {
        List<String> wrong = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            operation.definition().path("responses").fields().forEachRemaining(answer -> {
                if (!answer.getKey().startsWith("2")) {
                    return;
                }
                answer.getValue().path("content").fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    if (schema.isMissingNode() || schema.isEmpty()) {
                        wrong.add(operation.name() + " " + answer.getKey() + " " + media.getKey() + " has no schema");
                    }
                });
                if (answer.getKey().equals("201") && !answer.getValue().path("headers").has("Location")) {
                    wrong.add(operation.name() + " 201 does not document Location");
                }
                if (answer.getKey().equals("204") && answer.getValue().has("content")) {
                    wrong.add(operation.name() + " 204 documents a body");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyReferenceResolves() {
        List<String> dangling = new ArrayList<>();
        collectRefs(document.root(), dangling);
        assertThat(dangling).isEmpty();
    }

    private void collectRefs(JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && (!ref.asText().startsWith("#") || document.root().at(ref.asText().substring(1)).isMissingNode())) {
                dangling.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, dangling));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, dangling));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
