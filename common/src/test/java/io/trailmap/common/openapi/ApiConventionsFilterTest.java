package io.trailmap.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter on a small document: what each convention adds, and what it leaves alone. */
class ApiConventionsFilterTest {

    private OpenAPI openAPI;
    private Operation replace;
    private Operation create;
    private Operation ingest;

    @BeforeEach
    void document() {
        replace = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(true).schema(string()))
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER).schema(string()))
                .requestBody(OASFactory.createRequestBody().content(json("ThingInput")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("the thing").content(json("Thing")))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                        .addAPIResponse("500", OASFactory.createAPIResponse().description("Internal Server Error")))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", "editor"));
        create = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER).schema(string()))
                .addParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY).schema(string()))
                .requestBody(OASFactory.createRequestBody().content(json("ThingInput")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("created").content(json("Thing"))));
        ingest = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("202", OASFactory.createAPIResponse().description("accepted"))
                        .addAPIResponse("429", OASFactory.createAPIResponse().description("quota used up")));
        openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/things/{id}", OASFactory.createPathItem().PUT(replace))
                        .addPathItem("/things", OASFactory.createPathItem().POST(create))
                        .addPathItem("/events", OASFactory.createPathItem().POST(ingest)))
                .components(OASFactory.createComponents()
                        .addSchema("Thing", object().addProperty("part", ref("Part")).addProperty("id", string()))
                        .addSchema("ThingInput", object().addProperty("part", ref("Part")))
                        .addSchema("Part", object().addProperty("name", string())));
        new ApiConventionsFilter().filterOpenAPI(openAPI);
    }

    @Test
    void aSecuredEditWithIfMatchAndABodyDocumentsEveryConventionalAnswerAndNo500() {
        assertThat(replace.getResponses().getAPIResponses().keySet())
                .containsExactlyInAnyOrder("200", "400", "401", "403", "412", "413", "415", "428");
        assertThat(replace.getResponses().getAPIResponse("401").getDescription()).startsWith("No valid bearer token");
        assertThat(replace.getResponses().getAPIResponse("401").getHeaders()).containsOnlyKeys("WWW-Authenticate");
        assertThat(replace.getParameters().get(1).getRequired()).isTrue();
        assertThat(replace.getParameters().get(0).getSchema().getFormat()).isEqualTo("uuid");
    }

    @Test
    void everyErrorAnswerIsTheSharedProblemAndSuccessesKeepTheirBodies() {
        for (Operation operation : List.of(replace, create, ingest)) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4")) {
                    assertThat(response.getContent().getMediaTypes()).containsOnlyKeys("application/problem+json");
                    assertThat(response.getContent().getMediaType("application/problem+json").getSchema().getRef())
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        }
        assertThat(replace.getResponses().getAPIResponse("200").getContent().getMediaTypes()).containsOnlyKeys("application/json");
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        assertThat(problem.getRequired()).containsExactly("type", "title", "status");
        assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "errors");
    }

    @Test
    void aCreationWithAnIdempotencyKeyDocumentsLocationReplaysAnd422ButNoIfMatchAnswers() {
        assertThat(create.getResponses().getAPIResponses().keySet()).containsExactlyInAnyOrder("201", "400", "413", "415", "422");
        assertThat(create.getResponses().getAPIResponse("201").getHeaders()).containsOnlyKeys("Location", "Idempotent-Replayed");
        assertThat(create.getParameters().get(1).getSchema().getType()).containsExactly(SchemaType.INTEGER);
    }

    @Test
    void aQuotaAnswerSaysWhenToRetry() {
        assertThat(ingest.getResponses().getAPIResponse("429").getHeaders()).containsOnlyKeys("Retry-After");
        assertThat(ingest.getResponses().getAPIResponses().keySet()).containsExactlyInAnyOrder("202", "400", "429");
    }

    @Test
    void onlyModelsThatNoRequestCarriesAreClosed() {
        assertThat(openAPI.getComponents().getSchemas().get("Thing").getAdditionalPropertiesBoolean()).isFalse();
        assertThat(openAPI.getComponents().getSchemas().get("ThingInput").getAdditionalPropertiesBoolean()).isNull();
        assertThat(openAPI.getComponents().getSchemas().get("Part").getAdditionalPropertiesBoolean()).isNull();
    }

    private static Content json(String schema) {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType().schema(ref(schema)));
    }

    private static Schema ref(String schema) {
        return OASFactory.createSchema().ref("#/components/schemas/" + schema);
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
