package io.trailmap.gateway.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.language.SourceLocation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.transformation.TransformException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Gives every GraphQL error an {@code extensions.code} a frontend can switch on. The gateway's own
 * errors carry theirs ({@link ErrorCode}); the rest are named here: a document that does not parse
 * is {@code GRAPHQL_PARSE_FAILED}, one that breaks the schema's rules or the depth and complexity
 * limits {@code GRAPHQL_VALIDATION_FAILED} (the codes Apollo clients know), variable values or
 * arguments of the wrong shape {@code BAD_USER_INPUT}, and anything unexpected {@code INTERNAL_SERVER_ERROR}
 * instead of the exception's name. A rate-limited error also carries {@code retryAfter} (seconds).
 */
public final class ErrorCodes extends SimplePerformantInstrumentation {

    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String INTERNAL = "INTERNAL_SERVER_ERROR";
    public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

    /** The codes of the gateway's own errors, which pass as they are. */
    private static final Pattern ARGUMENT_FROM_VARIABLE = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*\\s*:\\s*\\$");

    private static final Set<String> OWN = Set.of("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", BAD_USER_INPUT, "CONFLICT",
            "UNAVAILABLE", "RATE_LIMITED");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> coded = result.getErrors().stream().map(error -> withCode(error, parameters.getQuery())).toList();
        return CompletableFuture.completedFuture(result.transform(answer -> answer.errors(coded)));
    }

    static GraphQLError withCode(GraphQLError error, String document) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = fetching.getException();
            if (cause instanceof RateLimitedError limited) {
                return recoded(error, "RATE_LIMITED", Map.of("retryAfter", limited.retryAfterSeconds()));
            }
            String own = ownCode(cause);
            if (own != null) {
                return error;
            }
            return recoded(error, isBadInput(cause) ? BAD_USER_INPUT : INTERNAL, Map.of());
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code instanceof String known && OWN.contains(known)) {
            return error;
        }
        if (error instanceof InvalidSyntaxError) {
            return recoded(error, PARSE_FAILED, Map.of());
        }
        if (error instanceof ValidationError validation) {
            if (isVariableValue(error, document)) {
                return recoded(error, BAD_USER_INPUT, Map.of());
            }
            return recoded(error, VALIDATION_FAILED, Map.of("validationErrorType", String.valueOf(validation.getValidationErrorType())));
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.ExecutionAborted) {
            return recoded(error, VALIDATION_FAILED, Map.of());
        }
        if (type == ErrorType.ValidationError) {
            return recoded(error, BAD_USER_INPUT, Map.of());
        }
        return recoded(error, INTERNAL, Map.of());
    }

    /**
     * Whether the error is at an argument whose value is a variable ({@code first: $first}): then the
     * document is sound and the value the request sent for the variable is what is wrong.
     */
    static boolean isVariableValue(GraphQLError error, String document) {
        if (document == null || error.getLocations() == null || error.getLocations().size() != 1) {
            return false;
        }
        SourceLocation at = error.getLocations().getFirst();
        String[] lines = document.split("\\R", -1);
        if (at.getLine() < 1 || at.getLine() > lines.length || at.getColumn() < 1 || at.getColumn() > lines[at.getLine() - 1].length()) {
            return false;
        }
        return ARGUMENT_FROM_VARIABLE.matcher(lines[at.getLine() - 1].substring(at.getColumn() - 1)).lookingAt();
    }

    private static String ownCode(Throwable cause) {
        if (cause == null) {
            return null;
        }
        ErrorCode code = cause.getClass().getAnnotation(ErrorCode.class);
        return code != null && OWN.contains(code.value()) ? code.value() : null;
    }

    private static boolean isBadInput(Throwable cause) {
        return cause instanceof CoercingParseValueException || cause instanceof CoercingParseLiteralException
                || cause instanceof TransformException;
    }

    private static GraphQLError recoded(GraphQLError error, String code, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.put("classification", error.getErrorType() == null ? null : error.getErrorType().toString());
        extensions.putAll(more);
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build();
    }
}
