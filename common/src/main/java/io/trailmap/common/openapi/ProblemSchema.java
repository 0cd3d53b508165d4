package io.trailmap.common.openapi;

import io.trailmap.common.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.util.List;

/** The RFC 9457 body of every error answer ({@link Problem}) as a component schema, and the content that refers to it. */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String REF = "#/components/schemas/" + NAME;
    private static final String FIELD_ERROR = "FieldError";

    private ProblemSchema() {
    }

    static void addTo(Components components) {
        components.addSchema(FIELD_ERROR, OASFactory.createSchema()
                .description("One invalid input: its JSON path (or parameter or header name) and what is wrong with it")
                .addType(SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .addProperty("field", text("e.g. stages[0].name, limit, If-Match"))
                .addProperty("message", text("What is wrong, e.g. must not be blank"))
                .additionalPropertiesBoolean(false));
        components.addSchema(NAME, OASFactory.createSchema()
                .description("RFC 9457 problem details: the body of every 4xx and 5xx answer, served as " + Problem.MEDIA_TYPE)
                .addType(SchemaType.OBJECT)
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("A URI naming the kind of problem, e.g. https://trailmap.io/problems/validation")
                        .format("uri"))
                .addProperty("title", text("A short summary of the kind of problem, e.g. Invalid input"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", text("What went wrong with this request, for people"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Each invalid input, when the request did not validate (absent otherwise)")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)))
                .additionalPropertiesBoolean(false));
    }

    static Content content() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
