package io.trailmap.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A service's OpenAPI document as its running instance serves it at {@code /q/openapi}: the
 * operation a request path names (literal segments before templated ones, as JAX-RS matches them),
 * the answers it documents and the schemas of their bodies, compiled as OpenAPI 3.1 (JSON Schema
 * 2020-12) with formats asserted.
 */
public final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiDocument> SERVED = new ConcurrentHashMap<>();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<JsonNode, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    /** One operation of the document: its path template, method and definition. */
    public record Operation(String template, String method, JsonNode definition, Pattern pattern, int literalLength) {

        public String name() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }

    OpenApiDocument(JsonNode root) {
        this.root = root;
        root.path("paths").fields().forEachRemaining(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> operations.add(operation(path.getKey(), method, path.getValue().get(method)))));
        operations.sort(Comparator.comparingInt(Operation::literalLength).reversed());
    }

    /** The document served at {@code baseUri} (e.g. http://localhost:8081), read once per running instance. */
    public static OpenApiDocument servedAt(String baseUri) {
        return SERVED.computeIfAbsent(baseUri, OpenApiDocument::fetch);
    }

    private static OpenApiDocument fetch(String baseUri) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(baseUri + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(baseUri + "/q/openapi answered " + answer.statusCode());
            }
            return new OpenApiDocument(JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the OpenAPI document at " + baseUri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** The operation that serves {@code method} on a raw (still percent-encoded) request path. */
    public Optional<Operation> operation(String method, String rawPath) {
        String path = decoded(rawPath);
        return operations.stream()
                .filter(op -> op.method().equalsIgnoreCase(method) && op.pattern().matcher(path).matches())
                .findFirst();
    }

    /** Whether any operation serves this path, whatever its method. */
    public boolean hasPath(String rawPath) {
        String path = decoded(rawPath);
        return operations.stream().anyMatch(op -> op.pattern().matcher(path).matches());
    }

    /** The documented answer for a status: the exact code, else its range (4XX), else {@code default}. */
    public Optional<JsonNode> response(Operation operation, int status) {
        JsonNode responses = operation.definition().path("responses");
        for (String key : List.of(String.valueOf(status), status / 100 + "XX", "default")) {
            if (responses.has(key)) {
                return Optional.of(resolved(responses.get(key)));
            }
        }
        return Optional.empty();
    }

    /** A node itself, or what its {@code $ref} within the document points at. */
    public JsonNode resolved(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException("external reference " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("dangling reference " + ref);
            }
        }
        return current;
    }

    /** A schema of the document, compiled with the document's components so its references resolve. */
    public JsonSchema schema(JsonNode schema) {
        return compiled.computeIfAbsent(schema, s -> {
            ObjectNode standalone = s.isObject() ? ((ObjectNode) s).deepCopy() : JSON.createObjectNode();
            standalone.set("components", root.path("components"));
            return schemas.getSchema(standalone, config);
        });
    }

    /** The parameters of an operation, its path item's included. */
    public List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        root.path("paths").path(operation.template()).path("parameters").forEach(p -> parameters.add(resolved(p)));
        operation.definition().path("parameters").forEach(p -> parameters.add(resolved(p)));
        return parameters;
    }

    private static Operation operation(String template, String method, JsonNode definition) {
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        for (String segment : template.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            regex.append('/');
            Iterator<String> parts = List.of(segment.split("\\{[^}]*}", -1)).iterator();
            while (parts.hasNext()) {
                String part = parts.next();
                regex.append(Pattern.quote(part));
                literal += part.length();
                if (parts.hasNext()) {
                    regex.append("[^/]+");
                }
            }
        }
        return new Operation(template, method, definition, Pattern.compile(regex.isEmpty() ? "/" : regex.toString()), literal);
    }

    private static String decoded(String rawPath) {
        StringBuilder path = new StringBuilder();
        for (String segment : rawPath.split("/", -1)) {
            if (!segment.isEmpty()) {
                path.append('/').append(decodedSegment(segment));
            }
        }
        return path.isEmpty() ? "/" : path.toString();
    }

    private static String decodedSegment(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8).replace("/", "%2F");
        } catch (IllegalArgumentException notEncoded) {
            return segment;
        }
    }
}
