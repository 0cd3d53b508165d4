package io.trailmap.common.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Closes the models only the service writes: an object schema reachable from some answer and from no
 * request gets {@code additionalProperties: false}, so a field an answer carries that its document does
 * not name is a contract break a validating client notices. Models clients send stay open, because the
 * services ignore fields they do not know (a PUT accepts a GET's body with its read-only fields).
 */
final class AnswerModels {

    private static final String COMPONENT = "#/components/schemas/";

    private AnswerModels() {
    }

    static void close(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        List<Operation> operations = operations(openAPI);
        Set<String> sent = reachable(components, operations.stream().flatMap(AnswerModels::requestSchemas).toList());
        List<Schema> answerRoots = operations.stream().flatMap(AnswerModels::answerSchemas).toList();
        Set<String> answered = reachable(components, answerRoots);
        answered.removeAll(sent);
        answered.stream().map(components::get).filter(Objects::nonNull).forEach(AnswerModels::closeObject);
        // inline answer schemas belong to one answer only
        answerRoots.forEach(root -> walk(root, AnswerModels::closeObject, ref -> { }));
    }

    private static void closeObject(Schema schema) {
        boolean plainObject = schema.getProperties() != null && !schema.getProperties().isEmpty()
                && schema.getAllOf() == null && schema.getAnyOf() == null && schema.getOneOf() == null;
        if (plainObject && schema.getAdditionalPropertiesBoolean() == null && schema.getAdditionalPropertiesSchema() == null) {
            schema.setAdditionalPropertiesBoolean(false);
        }
    }

    private static List<Operation> operations(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return List.of();
        }
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream()).toList();
    }

    private static Stream<Schema> requestSchemas(Operation operation) {
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty() : schemas(operation.getRequestBody().getContent());
        Stream<Schema> parameters = operation.getParameters() == null ? Stream.empty()
                : operation.getParameters().stream().map(Parameter::getSchema).filter(Objects::nonNull);
        return Stream.concat(body, parameters);
    }

    private static Stream<Schema> answerSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return Stream.empty();
        }
        return operation.getResponses().getAPIResponses().values().stream().map(APIResponse::getContent).flatMap(AnswerModels::schemas);
    }

    private static Stream<Schema> schemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull);
    }

    /** The names of the component schemas the roots refer to, directly or through other components. */
    private static Set<String> reachable(Map<String, Schema> components, List<Schema> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            walk(pending.pop(), schema -> { }, ref -> {
                if (ref.startsWith(COMPONENT) && names.add(ref.substring(COMPONENT.length()))) {
                    Schema component = components.get(ref.substring(COMPONENT.length()));
                    if (component != null) {
                        pending.push(component);
                    }
                }
            });
        }
        return names;
    }

    /** Visits a schema and its inline subschemas; references are reported, not followed. */
    private static void walk(Schema schema, Consumer<Schema> inline, Consumer<String> refs) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            refs.accept(schema.getRef());
            return;
        }
        inline.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, inline, refs));
        }
        walk(schema.getItems(), inline, refs);
        walk(schema.getAdditionalPropertiesSchema(), inline, refs);
        walk(schema.getNot(), inline, refs);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems())
                .filter(Objects::nonNull).flatMap(List::stream).forEach(s -> walk(s, inline, refs));
    }
}
