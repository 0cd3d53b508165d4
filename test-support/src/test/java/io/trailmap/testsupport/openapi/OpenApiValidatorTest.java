package io.trailmap.testsupport.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator against a small hand-written OpenAPI 3.1 document: each kind of disagreement it must report. */
class OpenApiValidatorTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/things": {"post": {
                 "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}},
                                {"name": "dryRun", "in": "query", "schema": {"type": "string"}}],
                 "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingInput"}}}},
                 "responses": {
                   "201": {"description": "created", "headers": {"Location": {"$ref": "#/components/headers/Location"}},
                           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                   "400": {"description": "bad", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/things/{id}": {"get": {
                 "responses": {
                   "200": {"description": "the thing", "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                   "404": {"description": "none", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/things/latest": {"get": {"responses": {"204": {"description": "nothing yet"}}}}},
             "components": {
               "headers": {"ETag": {"required": true, "schema": {"type": "string"}},
                           "Location": {"required": true, "schema": {"type": "string"}}},
               "schemas": {
                 "Thing": {"type": "object", "required": ["id", "name"], "additionalProperties": false,
                           "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"},
                                          "note": {"type": ["string", "null"]}}},
                 "ThingInput": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 1}}},
                 "Problem": {"type": "object", "required": ["type", "title", "status"], "additionalProperties": false,
                             "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                                            "detail": {"type": "string"}}}}}}
            """;
    private static final String THING = "{\"id\": \"6f1c2d9e-0000-4000-8000-000000000001\", \"name\": \"a thing\", \"note\": null}";
    private static final String NOT_FOUND = "{\"type\": \"https://trailmap.io/problems/not-found\", \"title\": \"Not Found\", \"status\": 404}";

    private final OpenApiValidator validator;

    OpenApiValidatorTest() throws Exception {
        validator = new OpenApiValidator(new OpenApiDocument(new ObjectMapper().readTree(DOCUMENT)));
    }

    @Test
    void anExchangeTheDocumentDescribesHasNoMismatch() {
        assertThat(validator.mismatches(get("/things/6f1c2d9e-0000-4000-8000-000000000001", 200, Map.of("ETag", "\"0\""), THING), true))
                .isEmpty();
        assertThat(validator.mismatches(post(Set.of("dryRun"), "{\"name\": \"new\"}", 201, Map.of("Location", "/things/1"), THING), true))
                .isEmpty();
    }

    @Test
    void aStatusTheOperationDoesNotDocumentIsAMismatch() {
        assertThat(validator.mismatches(get("/things/1", 409, Map.of(), NOT_FOUND.replace("404", "409")), true))
                .singleElement().asString().startsWith("status 409 is not documented (documented: [200, 404])");
    }

    @Test
    void aFieldAClosedModelDoesNotNameIsAMismatch() {
        String withExtra = THING.replace("}", ", \"colour\": \"red\"}");
        assertThat(validator.mismatches(get("/things/1", 200, Map.of("ETag", "\"0\""), withExtra), true))
                .singleElement().asString().contains("colour");
    }

    @Test
    void aNullWhereTheSchemaAllowsNoneIsAMismatchAndWhereItAllowsOneIsNot() {
        String nullName = THING.replace("\"a thing\"", "null");
        assertThat(validator.mismatches(get("/things/1", 200, Map.of("ETag", "\"0\""), nullName), true))
                .singleElement().asString().contains("/name").contains("null");
    }

    @Test
    void aWrongTypeOrFormatIsAMismatch() {
        String badId = THING.replace("6f1c2d9e-0000-4000-8000-000000000001", "not-a-uuid");
        assertThat(validator.mismatches(get("/things/1", 200, Map.of("ETag", "\"0\""), badId), true))
                .singleElement().asString().contains("/id");
    }

    @Test
    void aMissingRequiredHeaderAndAnUndocumentedReliedOnHeaderAreMismatches() {
        assertThat(validator.mismatches(get("/things/1", 200, Map.of(), THING), true))
                .containsExactly("answer 200 lacks the documented header ETag");
        assertThat(validator.mismatches(get("/things/1", 404, Map.of("Retry-After", "5"), NOT_FOUND), true))
                .containsExactly("answer 404 sends the header Retry-After, which is not documented");
    }

    @Test
    void aBodyWhereNoneIsDocumentedOrOfAnotherMediaTypeIsAMismatch() {
        assertThat(validator.mismatches(get("/things/latest", 204, Map.of(), "{}"), true))
                .singleElement().asString().startsWith("answer 204 has a body");
        OpenApiValidator.Exchange asText = new OpenApiValidator.Exchange("GET", "/things/1", Set.of(), Map.of(), null, null,
                200, Map.of("ETag", "\"0\""), "text/plain", "a thing".getBytes(StandardCharsets.UTF_8));
        assertThat(validator.mismatches(asText, true)).containsExactly("answer 200 is text/plain, the document describes [application/json]");
    }

    @Test
    void aLiteralPathSegmentIsMatchedBeforeATemplatedOne() {
        assertThat(validator.mismatches(get("/things/latest", 204, Map.of(), ""), true)).isEmpty();
    }

    @Test
    void anAcceptedRequestIsHeldAgainstTheDocumentButARefusedOneIsNot() {
        assertThat(validator.mismatches(post(Set.of("verbose"), "{\"name\": \"\"}", 201, Map.of("Location", "/things/1"), THING), true))
                .containsExactlyInAnyOrder("the accepted request sends the query parameter verbose, which is not documented",
                        "request body: /name: must be at least 1 characters long");
        String problem = "{\"type\": \"https://trailmap.io/problems/validation\", \"title\": \"Invalid input\", \"status\": 400}";
        assertThat(validator.mismatches(post(Set.of("verbose"), "{\"name\": \"\"}", 400, Map.of(), problem), true)).isEmpty();
    }

    @Test
    void onlyTheAnswerIsCheckedForRequestsHostileOnPurpose() {
        assertThat(validator.mismatches(post(Set.of(), "[1, 2, 3]", 201, Map.of("Location", "/things/1"), THING), false)).isEmpty();
        assertThat(validator.mismatches(post(Set.of(), "[1, 2, 3]", 201, Map.of(), THING), false))
                .containsExactly("answer 201 lacks the documented header Location");
    }

    @Test
    void anUnknownPathMustAnswerAProblem404() {
        assertThat(validator.mismatches(get("/nothing/here", 404, Map.of(), NOT_FOUND), true)).isEmpty();
        assertThat(validator.mismatches(get("/nothing/here", 200, Map.of(), "{}"), true))
                .singleElement().asString().startsWith("the document has no such operation, yet it answered 200");
    }

    private static OpenApiValidator.Exchange get(String path, int status, Map<String, String> headers, String body) {
        return new OpenApiValidator.Exchange("GET", path, Set.of(), Map.of(), null, null, status, headers,
                status >= 400 ? "application/problem+json" : "application/json;charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static OpenApiValidator.Exchange post(Set<String> query, String requestBody, int status, Map<String, String> headers,
                                                  String body) {
        return new OpenApiValidator.Exchange("POST", "/things", query, Map.of(), "application/json", requestBody, status, headers,
                status >= 400 ? "application/problem+json" : "application/json", body.getBytes(StandardCharsets.UTF_8));
    }
}
