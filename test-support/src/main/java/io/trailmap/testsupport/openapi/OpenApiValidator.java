package io.trailmap.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.trailmap.common.openapi.OpenApiExtensions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds one exchange (request and answer) against a service's OpenAPI document and says every way
 * they disagree. The answer is always checked: its status must be documented for the operation;
 * its body present exactly when documented, of a documented media type and valid against the
 * schema (an undocumented field in a closed model, a null where none is allowed, a wrong type all
 * fail); every required documented header present, and each of the headers clients rely on
 * documented when sent. The request is checked only when the service accepted it (2xx), since
 * tests send invalid requests on purpose: its required parameters present, no undocumented query
 * parameter, and its body valid against the documented request body.
 */
public final class OpenApiValidator {

    /** Headers clients act on: one the service sends must be in the document. */
    private static final List<String> RELIED_ON = List.of("ETag", "Location", "Retry-After", "Idempotent-Replayed", "WWW-Authenticate");
    /** Refused by the HTTP codec before any route or application code runs, without a body. */
    private static final Set<Integer> CODEC_REFUSALS = Set.of(414, 431);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiDocument document;

    public OpenApiValidator(OpenApiDocument document) {
        this.document = document;
    }

    /** A request as sent: method, raw path, the query parameter names, headers and body (null when none). */
    public record Exchange(String method, String rawPath, Set<String> queryParameters, Map<String, String> requestHeaders,
                           String requestContentType, String requestBody,
                           int status, Map<String, String> responseHeaders, String responseContentType, byte[] responseBody) {
    }

    /** With {@code checkRequest} false only the answer is held against the document (for requests hostile on purpose). */
    public List<String> mismatches(Exchange exchange, boolean checkRequest) {
        List<String> mismatches = new ArrayList<>();
        if (CODEC_REFUSALS.contains(exchange.status()) && exchange.responseBody().length == 0) {
            return mismatches;
        }
        Optional<OpenApiDocument.Operation> found = document.operation(exchange.method(), exchange.rawPath());
        if (found.isEmpty()) {
            undocumentedOperation(exchange, mismatches);
            return mismatches;
        }
        OpenApiDocument.Operation operation = found.get();
        Optional<JsonNode> documented = document.response(operation, exchange.status());
        if (documented.isEmpty()) {
            mismatches.add("status " + exchange.status() + " is not documented (documented: "
                    + fieldNames(operation.definition().path("responses")) + ")" + bodyHint(exchange));
            return mismatches;
        }
        checkHeaders(documented.get(), exchange, mismatches);
        checkBody(documented.get().path("content"), exchange.responseContentType(), exchange.responseBody(),
                "answer " + exchange.status(), mismatches);
        if (checkRequest && exchange.status() >= 200 && exchange.status() < 300) {
            checkRequest(operation, exchange, mismatches);
        }
        return mismatches;
    }

    /** An unknown path is a 404, a known path's unknown method a 404 or 405, each a problem+json. */
    private void undocumentedOperation(Exchange exchange, List<String> mismatches) {
        Set<Integer> expected = document.hasPath(exchange.rawPath()) ? Set.of(404, 405) : Set.of(404);
        if (!expected.contains(exchange.status())) {
            mismatches.add("the document has no such operation, yet it answered " + exchange.status() + bodyHint(exchange));
            return;
        }
        JsonNode problem = JSON.createObjectNode().set("application/problem+json",
                JSON.createObjectNode().set("schema", JSON.createObjectNode().put("$ref", "#/components/schemas/Problem")));
        checkBody(problem, exchange.responseContentType(), exchange.responseBody(), "answer " + exchange.status(), mismatches);
    }

    private void checkHeaders(JsonNode response, Exchange exchange, List<String> mismatches) {
        JsonNode headers = response.path("headers");
        headers.fields().forEachRemaining(header -> {
            JsonNode definition = document.resolved(header.getValue());
            if (definition.path("required").asBoolean(false) && header(exchange.responseHeaders(), header.getKey()) == null) {
                mismatches.add("answer " + exchange.status() + " lacks the documented header " + header.getKey());
            }
        });
        for (String name : RELIED_ON) {
            if (header(exchange.responseHeaders(), name) != null && header(fieldMap(headers), name) == null) {
                mismatches.add("answer " + exchange.status() + " sends the header " + name + ", which is not documented");
            }
        }
    }

    private void checkRequest(OpenApiDocument.Operation operation, Exchange exchange, List<String> mismatches) {
        Set<String> declaredQuery = new TreeSet<>();
        for (JsonNode parameter : document.parameters(operation)) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (in.equals("query")) {
                declaredQuery.add(name);
            }
            boolean sent = switch (in) {
                case "query" -> exchange.queryParameters().contains(name);
                case "header" -> header(exchange.requestHeaders(), name) != null;
                default -> true;
            };
            if (parameter.path("required").asBoolean(false) && !sent) {
                mismatches.add("the accepted request lacks the required " + in + " parameter " + name);
            }
        }
        exchange.queryParameters().stream().filter(q -> !declaredQuery.contains(q))
                .forEach(q -> mismatches.add("the accepted request sends the query parameter " + q + ", which is not documented"));
        JsonNode requestBody = document.resolved(operation.definition().path("requestBody"));
        boolean hasBody = exchange.requestBody() != null && !exchange.requestBody().isEmpty();
        if (!hasBody) {
            if (requestBody.path("required").asBoolean(false)) {
                mismatches.add("the accepted request has no body, yet the document requires one");
            }
            return;
        }
        if (requestBody.isMissingNode()) {
            mismatches.add("the accepted request has a body, yet the document describes none");
            return;
        }
        if (operation.definition().path(OpenApiExtensions.PARTIAL_ACCEPTANCE).asBoolean(false)) {
            return;   // its items are validated one by one: an accepted batch may hold rejected ones
        }
        checkBody(requestBody.path("content"), exchange.requestContentType(), exchange.requestBody().getBytes(StandardCharsets.UTF_8),
                "request body", mismatches);
    }

    private void checkBody(JsonNode content, String contentType, byte[] body, String what, List<String> mismatches) {
        boolean documented = content.isObject() && !content.isEmpty();
        if (body.length == 0) {
            if (documented && !what.equals("request body")) {
                mismatches.add(what + " has no body, yet the document describes one of " + fieldNames(content));
            }
            return;
        }
        if (!documented) {
            mismatches.add(what + " has a body (" + contentType + "), yet the document describes none: " + printable(body));
            return;
        }
        String media = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode mediaType = mediaType(content, media);
        if (mediaType == null) {
            mismatches.add(what + " is " + media + ", the document describes " + fieldNames(content));
            return;
        }
        if (!(media.equals("application/json") || media.endsWith("+json")) || !mediaType.has("schema")) {
            return;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            if (!what.equals("request body")) {
                mismatches.add(what + " is not JSON: " + printable(body));
            }
            return;
        }
        for (ValidationMessage message : document.schema(mediaType.get("schema")).validate(json)) {
            mismatches.add(what + ": " + message.getMessage());
        }
    }

    private static JsonNode mediaType(JsonNode content, String media) {
        if (content.has(media)) {
            return content.get(media);
        }
        Iterator<Map.Entry<String, JsonNode>> all = content.fields();
        while (all.hasNext()) {
            Map.Entry<String, JsonNode> candidate = all.next();
            String key = candidate.getKey();
            if (key.equals("*/*") || (key.endsWith("/*") && media.startsWith(key.substring(0, key.length() - 1)))) {
                return candidate.getValue();
            }
        }
        return null;
    }

    private static String header(Map<String, ?> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> String.valueOf(h.getValue())).findFirst().orElse(null);
    }

    private static Map<String, JsonNode> fieldMap(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
        return fields;
    }

    private static Set<String> fieldNames(JsonNode node) {
        return new TreeSet<>(fieldMap(node).keySet());
    }

    private static String bodyHint(Exchange exchange) {
        return exchange.responseBody().length == 0 ? "" : ": " + printable(exchange.responseBody());
    }

    private static String printable(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
