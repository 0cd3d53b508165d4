package io.trailmap.testsupport.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A RestAssured filter that holds every exchange a test makes with the service under test against
 * that service's own OpenAPI document ({@link OpenApiValidator}) and fails the test on the first
 * exchange the document does not describe. Installed for a service's whole test suite by
 * {@link OpenApiValidationCallback}. Paths the document does not cover on purpose are let through:
 * {@code /q/…} (health, metrics, the document itself) and {@code /graphql…} (described by its SDL).
 */
public final class OpenApiValidationFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** With {@code -Dtrailmap.openapi.report=<file>} mismatches are appended there instead of failing (to survey a document). */
    private static final String REPORT = System.getProperty("trailmap.openapi.report");

    /** Whether the requests of the running test class are hostile on purpose (then only answers are checked). */
    private static volatile boolean hostileRequests;

    /**
     * Adds the filter to RestAssured's defaults, once per class loader (a restarted application gets a new one),
     * for a test class whose requests are ordinary or, with {@code hostile}, invalid on purpose.
     */
    public static void install(boolean hostile) {
        hostileRequests = hostile;
        if (RestAssured.filters().stream().noneMatch(OpenApiValidationFilter.class::isInstance)) {
            RestAssured.filters(new OpenApiValidationFilter());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!describedHere(uri)) {
            return response;
        }
        OpenApiDocument document = OpenApiDocument.servedAt(uri.getScheme() + "://" + uri.getAuthority());
        OpenApiValidator.Exchange exchange = new OpenApiValidator.Exchange(request.getMethod(), uri.getRawPath(),
                queryNames(uri), headers(request.getHeaders().asList()), request.getContentType(), body(request.getBody()),
                response.statusCode(), headers(response.getHeaders().asList()), response.getContentType(), response.asByteArray());
        List<String> mismatches = new OpenApiValidator(document).mismatches(exchange, !hostileRequests);
        if (!mismatches.isEmpty() && REPORT != null) {
            report(request.getMethod(), document, uri.getRawPath(), response.statusCode(), mismatches);
        } else if (!mismatches.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + uri.getRawPath() + " → " + response.statusCode()
                    + " disagrees with the OpenAPI document:\n  " + String.join("\n  ", mismatches));
        }
        return response;
    }

    private static synchronized void report(String method, OpenApiDocument document, String rawPath, int status, List<String> mismatches) {
        String operation = document.operation(method, rawPath).map(OpenApiDocument.Operation::name).orElse(method + " " + rawPath);
        StringBuilder lines = new StringBuilder();
        mismatches.forEach(m -> lines.append(operation).append(" → ").append(status).append(": ").append(m).append('\n'));
        try {
            Files.writeString(Path.of(REPORT), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests to the application under test (RestAssured's port), outside the paths no document covers. */
    private static boolean describedHere(URI uri) {
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        return uri.getPort() == RestAssured.port && !path.startsWith("/q/") && !path.equals("/graphql") && !path.startsWith("/graphql/");
    }

    private static Set<String> queryNames(URI uri) {
        Set<String> names = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (!pair.isEmpty()) {
                    names.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
                }
            }
        }
        return names;
    }

    private static Map<String, String> headers(List<Header> headers) {
        Map<String, String> byName = new LinkedHashMap<>();
        headers.forEach(h -> byName.putIfAbsent(h.getName(), h.getValue()));
        return byName;
    }

    private static String body(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return text;
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
