package io.trailmap.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.trailmap.common.json.UnstorableTextException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns every error a request can meet into RFC 9457 problem+json: our own {@link ProblemException},
 * bean validation, malformed JSON, unknown enum values, wrong types, security failures and the
 * framework's own HTTP errors. Bodies never carry class names or stack traces.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e instanceof RetryLater later) {
            return ProblemResponses.builder(e.problem()).header("Retry-After", later.retryAfterSeconds()).build();
        }
        return ProblemResponses.of(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return ProblemResponses.of(ProblemException.validation(errors).problem());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return ProblemResponses.of(Problem.of(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return fieldProblem(e, describeExpected(e.getTargetType(), e.getValue()));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            return ProblemResponses.of(Problem.of(400, "malformed-json", "Malformed JSON",
                    "The request body must be a JSON " + expectedShape(e.getTargetType())));
        }
        return fieldProblem(e, "must be " + expectedShape(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e) {
        String reason = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : "has an invalid value";
        return fieldProblem(e, reason);
    }

    @ServerExceptionMapper
    public Response unstorableText(UnstorableTextException e) {
        return ProblemResponses.of(ProblemException.invalid(e.field().isEmpty() ? "body" : e.field(), e.reason()).problem());
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        if (e instanceof UnstorableTextException unstorable) {
            return unstorableText(unstorable);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched);
        }
        return fieldProblem(e, "has an invalid value");
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e) {
        return ProblemResponses.of(Problem.of(400, "malformed-json", "Malformed JSON",
                "The request body could not be read as JSON"));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorizedResponse();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorizedResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(Problem.of(403, "forbidden", "Forbidden",
                "Your token's roles do not allow this operation"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.ResponseBuilder builder = ProblemResponses.builder(Problem.of(status, "http-" + status,
                Response.Status.fromStatusCode(status) != null
                        ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error",
                frameworkDetail(status, e)));
        if (original.getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    /** Anything unexpected: logged with an id the caller can quote, answered without internals. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String errorId = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s", errorId);
        return ProblemResponses.of(Problem.of(500, "internal", "Internal Server Error",
                "The request could not be completed (error id " + errorId + ")"));
    }

    private static Response unauthorizedResponse() {
        return ProblemResponses.builder(Problem.of(401, "unauthorized", "Unauthorized",
                        "A valid bearer token is required: an RS256 JWT whose 'tenant' claim is a tenant id"
                                + " (1-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit)"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static String frameworkDetail(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed here";
            case 406 -> "This resource answers application/json only";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> status >= 500 ? "The request could not be completed" : e.getMessage();
        };
    }

    private static Response fieldProblem(JsonMappingException e, String message) {
        String field = jsonPath(e.getPath());
        return ProblemResponses.of(ProblemException.invalid(field.isEmpty() ? "body" : field, message).problem());
    }

    public static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String describeExpected(Class<?> target, Object value) {
        if (target != null && target.isEnum()) {
            return "'" + value + "' is not one of " + Arrays.toString(target.getEnumConstants());
        }
        return "'" + value + "' is not " + expectedShape(target);
    }

    private static String expectedShape(Class<?> target) {
        if (target == null) {
            return "a valid value";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.toString(target.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (target == java.time.Instant.class) {
            return "an ISO-8601 instant such as 2026-01-31T12:00:00Z";
        }
        if (target == java.util.UUID.class) {
            return "a UUID";
        }
        return "an object";
    }

    /** {@code create.body.stages[0].name} → {@code stages[0].name}; a query parameter keeps its name. */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        if (!out.isEmpty()) {
            return out.toString();
        }
        return parameter != null ? parameter : "body";
    }
}
