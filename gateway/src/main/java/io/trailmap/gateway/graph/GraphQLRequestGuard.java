package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.trailmap.common.problem.Problem;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Optional;

/**
 * Checks the JSON envelope of a POST to /graphql before SmallRye GraphQL reads it: an empty body,
 * JSON that cannot be read (or is nested past the parser's limit), a {@code query} that is not a
 * string or {@code variables} that are not an object would otherwise answer a bare text 400 or even
 * a 500. Each is a 400 problem+json saying what is wrong. Other content types pass untouched.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<MemorySize> limit;

    public GraphQLRequestGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.limit = limit;
    }

    void register(@Observes Router router) {
        BodyHandler body = BodyHandler.create(false);
        limit.ifPresent(size -> body.setBodyLimit(size.asLongValue()));
        router.post("/graphql").order(-2).handler(body).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type != null && !type.toLowerCase().startsWith("application/json")) {
            ctx.next();
            return;
        }
        String problem = problemWith(ctx.body().asString());
        if (problem == null) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(Problem.of(400, "bad-graphql-request", "Bad Request", problem)));
    }

    /** What is wrong with a GraphQL-over-HTTP JSON body, or null when its envelope is sound. */
    static String problemWith(String body) {
        if (body == null || body.isBlank()) {
            return "The request has no body: send {\"query\": \"…\", \"variables\": {…}}";
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return "The body is not JSON that can be read: " + e.getOriginalMessage();
        } catch (IOException e) {
            return "The body is not JSON that can be read";
        }
        if (request == null || !request.isObject()) {
            return "The body must be a JSON object with a \"query\"";
        }
        if (!request.path("query").isTextual()) {
            return "\"query\" must be a string holding the GraphQL document";
        }
        if (!isAbsentOr(request.path("variables"), JsonNode::isObject)) {
            return "\"variables\" must be an object mapping each variable's name to its value";
        }
        if (!isAbsentOr(request.path("operationName"), JsonNode::isTextual)) {
            return "\"operationName\" must be a string";
        }
        if (!isAbsentOr(request.path("extensions"), JsonNode::isObject)) {
            return "\"extensions\" must be an object";
        }
        return null;
    }

    private static boolean isAbsentOr(JsonNode value, java.util.function.Predicate<JsonNode> expected) {
        return value.isMissingNode() || value.isNull() || expected.test(value);
    }
}
