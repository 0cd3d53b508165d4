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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public Response create(@Valid @NotNull JourneyInput body, @HeaderParam(IdempotencyKey.HEADER) String key) {
        return idempotency.once(IdempotencyKey.validate(key), RequestFingerprint.of("POST /journeys", body), () -> {
            JourneyView created = journeys.create(body, null);
            return Responses.created(location(created.id()), created, created.version());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a journey", description = "Answers the journey with its version as ETag.")
    public Response get(@PathParam("id") String id) {
        JourneyView journey = journeys.get(QueryParams.pathId("id", id));
        return Responses.ok(journey, journey.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace a journey", description = "Requires If-Match with the version read; accepts a GET's body as it is.")
    public Response replace(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull JourneyInput body) {
        JourneyView journey = journeys.replace(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), body);
        return Responses.ok(journey, journey.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete a journey", description = "Deletes the journey and its published versions. Requires If-Match.")
    public Response delete(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        journeys.delete(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch));
        return Response.noContent().build();
    }

    static java.net.URI location(UUID id) {
        return UriBuilder.fromPath("/journeys/{id}").build(id);
    }
}
