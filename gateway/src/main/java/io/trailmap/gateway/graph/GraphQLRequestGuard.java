package io.trailmap.gateway.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.language.SourceLocation;
import io.quarkus.runtime.configuration.MemorySize;
import io.trailmap.common.problem.Problem;
import io.trailmap.gateway.error.ErrorCodes;
import io.vertx.core.buffer.Buffer;
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
 * a 500. Each is a 400 problem+json saying what is wrong. Then {@link GraphQLDocuments} resolves the
 * document: a persisted query's hash becomes its text, an unknown hash answers
 * {@code PersistedQueryNotFound} and a document that does not parse {@code GRAPHQL_PARSE_FAILED},
 * both as GraphQL errors. Other content types pass untouched.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<MemorySize> limit;
    private final GraphQLDocuments documents;

    public GraphQLRequestGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
                               GraphQLDocuments documents) {
        this.limit = limit;
        this.documents = documents;
    }

    /** A request body read as JSON: the request, or what is wrong with it. */
    record Envelope(ObjectNode request, String problem) {
        static Envelope refused(String problem) {
            return new Envelope(null, problem);
        }
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
        Envelope envelope = read(ctx.body().asString());
        if (envelope.problem() != null) {
            refuse(ctx, envelope.problem());
            return;
        }
        switch (documents.resolve(envelope.request())) {
            case GraphQLDocuments.Resolution.Ready ready when ready.fromStore() -> {
                envelope.request().put("query", ready.query());
                ctx.setBody(Buffer.buffer(envelope.request().toString()));
                ctx.next();
            }
            case GraphQLDocuments.Resolution.Ready ignored -> ctx.next();
            case GraphQLDocuments.Resolution.Refused refused -> refuse(ctx, refused.problem());
            case GraphQLDocuments.Resolution.NotFound ignored ->
                    answerError(ctx, "PersistedQueryNotFound", ErrorCodes.PERSISTED_QUERY_NOT_FOUND, null);
            case GraphQLDocuments.Resolution.Unparseable unparseable ->
                    answerError(ctx, unparseable.message(), ErrorCodes.PARSE_FAILED, unparseable.location());
        }
    }

    private static void refuse(RoutingContext ctx, String problem) {
        ctx.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(Problem.of(400, "bad-graphql-request", "Bad Request", problem)));
    }

    /** A GraphQL answer holding one request error, as the engine would answer it. */
    private static void answerError(RoutingContext ctx, String message, String code, SourceLocation location) {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode error = answer.putArray("errors").addObject().put("message", message);
        if (location != null && location.getLine() > 0) {
            error.putArray("locations").addObject().put("line", location.getLine()).put("column", location.getColumn());
        }
        error.putObject("extensions").put("code", code);
        ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(answer.toString());
    }

    /** What is wrong with a GraphQL-over-HTTP JSON body, or null when its envelope is sound. */
    static String problemWith(String body) {
        return read(body).problem();
    }

    static Envelope read(String body) {
        if (body == null || body.isBlank()) {
            return Envelope.refused("The request has no body: send {\"query\": \"…\", \"variables\": {…}}");
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return Envelope.refused("The body is not JSON that can be read: " + e.getOriginalMessage());
        } catch (IOException e) {
            return Envelope.refused("The body is not JSON that can be read");
        }
        if (request == null || !request.isObject()) {
            return Envelope.refused("The body must be a JSON object with a \"query\"");
        }
        if (!isAbsentOr(request.path("extensions"), JsonNode::isObject)) {
            return Envelope.refused("\"extensions\" must be an object");
        }
        boolean persisted = request.path("extensions").has("persistedQuery");
        if (!request.path("query").isTextual() && !(persisted && isAbsentOr(request.path("query"), JsonNode::isTextual))) {
            return Envelope.refused("\"query\" must be a string holding the GraphQL document");
        }
        if (!isAbsentOr(request.path("variables"), JsonNode::isObject)) {
            return Envelope.refused("\"variables\" must be an object mapping each variable's name to its value");
        }
        if (!isAbsentOr(request.path("operationName"), JsonNode::isTextual)) {
            return Envelope.refused("\"operationName\" must be a string");
        }
        return new Envelope((ObjectNode) request, null);
    }

    private static boolean isAbsentOr(JsonNode value, java.util.function.Predicate<JsonNode> expected) {
        return value.isMissingNode() || value.isNull() || expected.test(value);
    }
}
