package io.trailmap.journey.rest;

import io.trailmap.common.http.Responses;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.http.QueryParams;
import io.trailmap.common.idempotency.IdempotencyKey;
import io.trailmap.common.idempotency.RequestFingerprint;
import io.trailmap.common.postgres.idempotency.IdempotentRequests;
import io.trailmap.common.security.Roles;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.api.StageOrder;
import io.trailmap.journey.domain.Stage;
import io.trailmap.journey.service.StageService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Stages are edited inside their journey: every change bumps the journey's version, which the
 * answers carry as ETag and which PUT/DELETE require in If-Match.
 */
@Path("/journeys/{id}/stages")
@Tag(name = "Stages", description = "Add, edit, remove and reorder the stages of a journey")
public class JourneyStageResource {

    private final StageService stages;
    private final IdempotentRequests idempotency;

    public JourneyStageResource(StageService stages, IdempotentRequests idempotency) {
        this.stages = stages;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Add a stage", description = "At body.position (end when absent); key made from the name when absent. If-Match optional. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The new stage; ETag is the journey's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stage.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    @APIResponse(responseCode = "409", description = "The journey is archived, already has 50 stages or uses this key")
    public Response add(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                        @HeaderParam(IdempotencyKey.HEADER) String key, @Valid @NotNull Stage body) {
        UUID journeyId = QueryParams.pathId("id", id);
        Long expected = ifMatch == null ? null : IfMatch.requiredVersion(ifMatch);
        String fingerprint = RequestFingerprint.of("POST /journeys/" + journeyId + "/stages", body);
        return idempotency.once(IdempotencyKey.validate(key), fingerprint, () -> {
            JourneyView journey = stages.add(journeyId, expected, body);
            Stage added = journey.stages().get(body.position() == null ? journey.stages().size() - 1 : body.position());
            return Responses.created(UriBuilder.fromPath("/journeys/{id}/stages/{key}").build(journeyId, added.key()),
                    added, journey.version());
        });
    }

    @GET
    @Path("{key}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get one stage")
    @APIResponseSchema(value = Stage.class, responseDescription = "The stage")
    @APIResponse(responseCode = "404", description = "No such journey or stage in your tenant")
    public Stage get(@PathParam("id") String id, @PathParam("key") String key) {
        return stages.get(QueryParams.pathId("id", id), key);
    }

    @PUT
    @Path("order")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Reorder stages", description = "Body lists every stage key once, in the new order. Answers the journey.")
    @APIResponse(responseCode = "200", description = "The journey with its stages in the new order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JourneyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    @APIResponse(responseCode = "409", description = "The journey is archived and read-only")
    public Response reorder(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull StageOrder body) {
        JourneyView journey = stages.reorder(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), body.keys());
        return Responses.ok(journey, journey.version());
    }

    @PUT
    @Path("{key}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace a stage", description = "The key never changes. Requires If-Match with the journey's version.")
    @APIResponse(responseCode = "200", description = "The stage as replaced; ETag is the journey's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stage.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such journey or stage in your tenant")
    @APIResponse(responseCode = "409", description = "The journey is archived and read-only")
    public Response replace(@PathParam("id") String id, @PathParam("key") String key,
                            @HeaderParam(IfMatch.HEADER) String ifMatch, @Valid @NotNull Stage body) {
        JourneyView journey = stages.replace(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), key, body);
        Stage replaced = journey.stages().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        return Responses.ok(replaced, journey.version());
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Remove a stage", description = "Requires If-Match with the journey's version; answers the new one as ETag.")
    @APIResponse(responseCode = "204", description = "Removed; ETag is the journey's new version",
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such journey or stage in your tenant")
    @APIResponse(responseCode = "409", description = "The journey is archived and read-only")
    public Response remove(@PathParam("id") String id, @PathParam("key") String key,
                           @HeaderParam(IfMatch.HEADER) String ifMatch) {
        JourneyView journey = stages.remove(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), key);
        return Responses.noContent(journey.version());
    }
}
