package io.trailmap.touchpoint.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.common.openapi.OpenApiExtensions;
import io.trailmap.common.problem.Problem;
import io.trailmap.common.problem.ProblemResponses;
import io.trailmap.common.security.Roles;
import io.trailmap.touchpoint.api.IngestResult;
import io.trailmap.touchpoint.api.InteractionBatch;
import io.trailmap.touchpoint.api.InteractionInput;
import io.trailmap.touchpoint.service.IngestionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/interactions")
@Tag(name = "Ingestion", description = "High-volume interaction ingestion from CRMs, trackers and shops")
public class InteractionResource {

    private final IngestionService ingestion;

    static final String EXAMPLE = "[{\"eventId\": \"e-1\", \"customerId\": \"c-1\", \"journeyId\": \"6f1c2d9e-0000-4000-8000-000000000001\", \"stageKey\": \"aware\",\n"
            + "   \"touchpointId\": \"6f1c2d9e-0000-4000-8000-0000000000aa\", \"type\": \"IMPRESSION\", \"occurredAt\": \"2026-05-01T10:00:00Z\",\n"
            + "   \"channel\": \"SOCIAL_MEDIA\"},\n"
            + " {\"eventId\": \"e-2\", \"customerId\": \"c-1\", \"journeyId\": \"6f1c2d9e-0000-4000-8000-000000000001\", \"stageKey\": \"buy\",\n"
            + "   \"touchpointId\": \"6f1c2d9e-0000-4000-8000-0000000000aa\", \"type\": \"PURCHASE\", \"occurredAt\": \"2026-05-01T12:00:00Z\",\n"
            + "   \"value\": 49.90, \"currency\": \"EUR\", \"attributes\": {\"plan\": \"pro\"}}]";

    public InteractionResource(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    @POST
    @RolesAllowed(Roles.INGEST)
    @Extension(name = OpenApiExtensions.PARTIAL_ACCEPTANCE, value = "true")
    @Operation(summary = "Ingest interactions", description = "A JSON array of up to 10 000 interactions (or {\"events\": [...]})."
            + " Each event is validated on its own: bad ones are listed in `rejected` by index, the rest are stored."
            + " Deduplicated per tenant by eventId (first write wins). 202 {accepted, duplicates, rejected, acknowledgedAt}: the"
            + " stored events are durable; analytics count them a moment later (`dataAsOf`, `minDataAsOf`). Larger batches 413.")
    @APIResponse(responseCode = "202", description = "Stored (accepted), already stored (duplicates) and refused events (rejected, by index)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "413", description = "More than 10 000 events, or a body over the size limit")
    @APIResponse(responseCode = "429", description = "The tenant's ingestion quota is used up (`rate-limited`), counting fell so far"
            + " behind that batches wait (`back-pressure`), or this replica is handling as many batches as it takes at once (`busy`):"
            + " nothing of this batch was stored; retry after `Retry-After`")
    public Response ingest(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {InteractionInput[].class, InteractionBatch.class}),
            examples = @ExampleObject(name = "an impression and a purchase", value = EXAMPLE))) @NotNull JsonNode body) {
        return Response.accepted(ingestion.ingest(body)).build();
    }

    /** More batches at once than the replica takes (the bulkhead of IngestionService): the client sends again shortly. */
    @ServerExceptionMapper
    public Response busy(BulkheadException e) {
        return ProblemResponses.builder(Problem.of(429, "busy", "Too Many Requests",
                "This replica is storing as many batches as it takes at once: retry after 1 s")).header("Retry-After", 1).build();
    }
}
