package io.trailmap.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.trailmap.common.http.IfMatch;
import io.trailmap.common.idempotency.IdempotencyKey;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Set;

/**
 * What every operation of every service answers by the conventions of DESIGN §3, added to the
 * document once instead of on each method: the problem+json body of every 4xx and 5xx; 401 and 403
 * wherever a role is needed; 400 for malformed parameters and bodies, 413 and 415 for bodies; 412
 * (and on PUT, PATCH and DELETE, where If-Match is required, 428) for If-Match; 422 and the
 * Idempotent-Replayed header for Idempotency-Key; Location on 201; Retry-After on 429 and 503; 503 where
 * {@code minDataAsOf} may wait in vain. Per
 * operation the resources add what only they know: their success answers, 404, 409, 429…
 * A 500 is never documented: it would be a bug. Runs after Quarkus has added the security
 * requirements of {@code @RolesAllowed}, types the shared parameters ({@link ConventionParameters}) and
 * closes the answer-only models ({@link AnswerModels}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiConventionsFilter implements OASFilter {

    private static final Set<HttpMethod> IF_MATCH_REQUIRED = Set.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    /** What Quarkus writes on the responses it adds itself; replaced by what these answers mean here. */
    private static final Set<String> GENERIC = Set.of("Not Authorized", "Not Allowed", "Bad Request", "OK");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        ProblemSchema.addTo(components);
        ConventionHeaders.addTo(components);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values()
                    .forEach(item -> item.getOperations().forEach(this::document));
        }
        AnswerModels.close(openAPI);
        OperationIds.name(openAPI);
    }

    private void document(HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        responses.removeAPIResponse("500");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            ensure(responses, "401", "No valid bearer token: missing, expired, not signed by the configured key or"
                    + " without a tenant claim").addHeader(ConventionHeaders.WWW_AUTHENTICATE,
                    ConventionHeaders.ref(ConventionHeaders.WWW_AUTHENTICATE));
            ensure(responses, "403", "The token's roles do not allow this operation");
        }
        ensure(responses, "400", "A malformed parameter, header or body; `errors` names each invalid input");
        if (operation.getRequestBody() != null) {
            ensure(responses, "413", "The body is larger than this operation accepts");
            ensure(responses, "415", "The body is not of a media type this operation reads");
        }
        for (Parameter parameter : parameters(operation)) {
            ConventionParameters.type(parameter);
            if (isHeader(parameter, IfMatch.HEADER)) {
                documentIfMatch(method, parameter, responses);
            } else if (isHeader(parameter, IdempotencyKey.HEADER)) {
                documentIdempotencyKey(parameter, responses);
            } else if (parameter.getIn() == Parameter.In.QUERY && ConventionParameters.FRESHNESS.equals(parameter.getName())) {
                ensure(responses, "503", "The data asked for by minDataAsOf was not counted within the wait allowed: retry after"
                        + " Retry-After seconds");
            }
        }
        responses.getAPIResponses().forEach(this::documentAnswer);
    }

    private void documentIfMatch(HttpMethod method, Parameter parameter, APIResponses responses) {
        boolean required = IF_MATCH_REQUIRED.contains(method);
        parameter.required(required).description(required
                ? "The ETag of the version you read, e.g. \"3\": the change applies only to that version"
                : "Optional: the ETag of the version you read, e.g. \"3\", to apply the change only to that version");
        ensure(responses, "412", "The resource changed since the version named in If-Match: read it again");
        if (required) {
            ensure(responses, "428", "If-Match is missing: send the ETag of the version you read");
        }
    }

    private void documentIdempotencyKey(Parameter parameter, APIResponses responses) {
        parameter.description("Optional, 1 to 128 printable ASCII characters, kept 48 hours per tenant: a retry with the same"
                + " key and body answers the first answer again (Idempotent-Replayed: true)");
        ensure(responses, "422", "The Idempotency-Key was already used with another body");
        responses.getAPIResponses().entrySet().stream().filter(answer -> answer.getKey().startsWith("2"))
                .forEach(answer -> answer.getValue().addHeader(ConventionHeaders.IDEMPOTENT_REPLAYED,
                        ConventionHeaders.ref(ConventionHeaders.IDEMPOTENT_REPLAYED)));
    }

    private void documentAnswer(String status, APIResponse response) {
        if (status.equals("201")) {
            response.addHeader(ConventionHeaders.LOCATION, ConventionHeaders.ref(ConventionHeaders.LOCATION));
        }
        if (status.equals("429") || status.equals("503")) {
            response.addHeader(ConventionHeaders.RETRY_AFTER, ConventionHeaders.ref(ConventionHeaders.RETRY_AFTER));
        }
        if (status.startsWith("4") || status.startsWith("5")) {
            response.setContent(ProblemSchema.content());
        }
    }

    /** The response for a status, added with a description when the operation did not document it itself. */
    private static APIResponse ensure(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        } else if (response.getDescription() == null || GENERIC.contains(response.getDescription())) {
            response.setDescription(description);
        }
        return response;
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static boolean isHeader(Parameter parameter, String name) {
        return parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName());
    }
}
