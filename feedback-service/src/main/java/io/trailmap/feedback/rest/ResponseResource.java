package io.trailmap.feedback.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.common.http.QueryParams;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.Roles;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/responses")
@Tag(name = "Responses", description = "Survey responses: scored, analysed, deduplicated")
public class ResponseResource {

    private final ResponseService responses;

    public ResponseResource(ResponseService responses) {
        this.responses = responses;
    }

    @POST
    @RolesAllowed(Roles.INGEST)
    @Operation(summary = "Submit responses", description = "One response or up to 1 000 (array or {\"responses\": [...]})."
            + " Each is validated on its own; deduplicated per tenant by responseId (first wins). Stored with category,"
            + " language, sentiment and themes; detractors and dissatisfied answers open a follow-up case."
            + " 202 {accepted, duplicates, rejected, results}.")
    public Response submit(@NotNull JsonNode body) {
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
