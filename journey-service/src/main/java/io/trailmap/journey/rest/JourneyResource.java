package io.trailmap.journey.rest;

import io.trailmap.common.http.Responses;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.http.QueryParams;
import io.trailmap.common.idempotency.IdempotencyKey;
import io.trailmap.common.idempotency.RequestFingerprint;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.postgres.idempotency.IdempotentRequests;
import io.trailmap.common.security.Roles;
import io.trailmap.journey.api.JourneyInput;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.domain.JourneyStatus;
import io.trailmap.journey.domain.MapType;
import io.trailmap.journey.domain.Segment;
import io.trailmap.journey.service.JourneyFilter;
import io.trailmap.journey.service.JourneyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/journeys")
@Tag(name = "Journeys", description = "Journey maps with their ordered stages and lanes")
public class JourneyResource {

    private final JourneyService journeys;
    private final IdempotentRequests idempotency;

    public JourneyResource(JourneyService journeys, IdempotentRequests idempotency) {
        this.journeys = journeys;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List journeys", description = "Filters combine with AND; q searches names; reviewDue=true lists maps whose review is due. Ordered by creation.")
    public Page<JourneyView> list(@QueryParam("status") String status, @QueryParam("segment") String segment,
                                  @QueryParam("mapType") String mapType, @QueryParam("personaId") String personaId,
                                  @QueryParam("q") String q, @QueryParam("reviewDue") String reviewDue,
                                  @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        JourneyFilter filter = new JourneyFilter(
                QueryParams.enumValue(JourneyStatus.class, "status", status),
                QueryParams.enumValue(Segment.class, "segment", segment),
                QueryParams.enumValue(MapType.class, "mapType", mapType),
                QueryParams.uuid("personaId", personaId), q, QueryParams.bool("reviewDue", reviewDue));
        return journeys.list(filter, PageRequest.of(limit, cursor));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create a journey", description = "Creates a DRAFT journey. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The new DRAFT journey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JourneyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "two stages", value = EXAMPLE)))
                           @Valid @NotNull JourneyInput body, @HeaderParam(IdempotencyKey.HEADER) String key) {
        return idempotency.once(IdempotencyKey.validate(key), RequestFingerprint.of("POST /journeys", body), () -> {
            JourneyView created = journeys.create(body, null);
            return Responses.created(location(created.id()), created, created.version());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a journey", description = "Answers the journey with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The journey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JourneyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    public Response get(@PathParam("id") String id) {
        JourneyView journey = journeys.get(QueryParams.pathId("id", id));
        return Responses.ok(journey, journey.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace a journey", description = "Requires If-Match with the version read; accepts a GET's body as it is.")
    @APIResponse(responseCode = "200", description = "The journey as replaced, with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JourneyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    @APIResponse(responseCode = "409", description = "The journey is archived and read-only")
    public Response replace(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull JourneyInput body) {
        JourneyView journey = journeys.replace(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), body);
        return Responses.ok(journey, journey.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete a journey", description = "Deletes the journey and its published versions. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    public Response delete(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        journeys.delete(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    static final String EXAMPLE = "{\"name\": \"Online purchase\", \"mapType\": \"CURRENT_STATE\", \"segment\": \"B2C\", \"ownerTeam\": \"cx-team\",\n"
            + "  \"stages\": [\n"
            + "    {\"name\": \"Discover\", \"phase\": \"AWARENESS\", \"emotion\": {\"score\": 1, \"label\": \"curious\"}, \"actions\": [\"sees an ad\"]},\n"
            + "    {\"name\": \"Checkout\", \"phase\": \"PURCHASE\", \"emotion\": {\"score\": -1, \"label\": \"annoyed\"},\n"
            + "     \"painPoints\": [{\"description\": \"Shipping cost shown only at the end\", \"severity\": 4}]}]}";

    static java.net.URI location(UUID id) {
        return UriBuilder.fromPath("/journeys/{id}").build(id);
    }
}
