package io.trailmap.gateway.error;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes of errors the HTTP tests cannot provoke: a bug in a field, an error of unknown kind. */
class ErrorCodesUnitTest {

    private static GraphQLError fetching(Throwable cause) {
        return new ExceptionWhileDataFetching(ResultPath.parse("/journeys"), cause, new SourceLocation(1, 3));
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorNotItsClassName() {
        GraphQLError coded = ErrorCodes.withCode(fetching(new NullPointerException("stage")), null);
        assertThat(coded.getExtensions()).containsEntry("code", "INTERNAL_SERVER_ERROR");
        assertThat(coded.getPath()).containsExactly("journeys");
        assertThat(coded.getLocations()).extracting(SourceLocation::getLine).containsExactly(1);
    }

    @Test
    void theGatewaysOwnErrorsKeepTheirCode() {
        GraphQLError notFound = fetching(new NotFoundError("No journey"));
        assertThat(ErrorCodes.withCode(notFound, null)).isSameAs(notFound);
        assertThat(ErrorCodes.withCode(fetching(new RateLimitedError("spent", 30)), null).getExtensions())
                .containsEntry("code", "RATE_LIMITED").containsEntry("retryAfter", 30L);
    }

    @Test
    void anErrorOfNoKnownKindIsInternal() {
        GraphQLError odd = GraphqlErrorBuilder.newError().message("odd").build();
        assertThat(ErrorCodes.withCode(odd, "{ a }").getExtensions()).containsEntry("code", "INTERNAL_SERVER_ERROR");
    }

    @Test
    void anArgumentIsAVariableValueOnlyWhereTheDocumentBindsItToAVariable() {
        String document = "query Page($first: Int) {\n  journeys(first: $first, after: \"x\") { edges { node { id } } }\n}";
        assertThat(ErrorCodes.isVariableValue(at(2, 12), document)).isTrue();
        assertThat(ErrorCodes.isVariableValue(at(2, 27), document)).isFalse();
        assertThat(ErrorCodes.isVariableValue(at(9, 1), document)).isFalse();
        assertThat(ErrorCodes.isVariableValue(at(2, 400), document)).isFalse();
    }

    private static GraphQLError at(int line, int column) {
        return GraphqlErrorBuilder.newError().message("wrong").location(new SourceLocation(line, column)).build();
    }
}
