package io.trailmap.feedback.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.common.http.QueryParams;
import io.trailmap.common.openapi.OpenApiExtensions;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.ResponseBatch;
import io.trailmap.feedback.api.ResponseInput;
import io.trailmap.feedback.api.ResponseView;
import io.trailmap.feedback.api.SubmissionResult;
import io.trailmap.feedback.scoring.Category;
import io.trailmap.feedback.scoring.Kind;
import io.trailmap.feedback.service.ResponseService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/responses")
@Tag(name = "Responses", description = "Survey responses: scored, analysed, deduplicated")
public class ResponseResource {

    private final ResponseService responses;

    static final String EXAMPLE = "[{\"responseId\": \"r-1\", \"kind\": \"NPS\", \"score\": 3, \"comment\": \"Jonotin puoli tuntia, ei ollut kivaa.\", \"customerId\": \"c-1\",\n"
            + "  \"journeyId\": \"6f1c2d9e-0000-4000-8000-000000000001\", \"stageKey\": \"checkout\"},\n"
            + " {\"responseId\": \"r-2\", \"kind\": \"CSAT\", \"score\": 5, \"comment\": \"Great service, very friendly staff!\"}]";

    public ResponseResource(ResponseService responses) {
        this.responses = responses;
    }

    @POST
    @RolesAllowed(Roles.INGEST)
    @Operation(summary = "Submit responses", description = "One response or up to 1 000 (array or {\"responses\": [...]})."
            + " Each is validated on its own; deduplicated per tenant by responseId (first wins). Stored with category,"
            + " language, sentiment and themes; detractors and dissatisfied answers open a follow-up case."
            + " 202 {accepted, duplicates, rejected, results}.")
    @Extension(name = OpenApiExtensions.PARTIAL_ACCEPTANCE, value = "true")
    @APIResponse(responseCode = "202", description = "What happened to each response: stored, a duplicate or rejected (by index)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionResult.class)))
    @APIResponse(responseCode = "413", description = "More than 1 000 responses, or a body over the size limit")
    @APIResponse(responseCode = "429", description = "The tenant's feedback quota is used up: nothing of this submission was stored")
    public Response submit(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {ResponseInput.class, ResponseInput[].class, ResponseBatch.class}),
            examples = @ExampleObject(name = "a Finnish detractor and a happy CSAT", value = EXAMPLE))) @NotNull JsonNode body) {
        SubmissionResult result = responses.submit(body);
        return Response.accepted(result).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List responses", description = "Filters: journeyId, stageKey, touchpointId, customerId, kind, category, from, to.")
    public Page<ResponseView> list(@QueryParam("journeyId") String journeyId, @QueryParam("stageKey") String stageKey,
                                   @QueryParam("touchpointId") String touchpointId, @QueryParam("customerId") String customerId,
                                   @QueryParam("kind") String kind, @QueryParam("category") String category,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        UUID journey = QueryParams.uuid("journeyId", journeyId);
        UUID touchpoint = QueryParams.uuid("touchpointId", touchpointId);
        return responses.list(new ResponseService.Filter(journey == null ? null : journey.toString(),
                stageKey == null || stageKey.isBlank() ? null : stageKey.strip(),
                touchpoint == null ? null : touchpoint.toString(), customerId == null || customerId.isBlank() ? null : customerId,
                QueryParams.enumValue(Kind.class, "kind", kind), QueryParams.enumValue(Category.class, "category", category),
                QueryParams.instant("from", from), QueryParams.instant("to", to)), PageRequest.of(limit, cursor));
    }
}
