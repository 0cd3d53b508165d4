package io.trailmap.touchpoint.rest;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.http.QueryParams;
import io.trailmap.common.http.Responses;
import io.trailmap.common.idempotency.IdempotencyKey;
import io.trailmap.common.idempotency.RequestFingerprint;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.postgres.idempotency.IdempotentRequests;
import io.trailmap.common.security.Roles;
import io.trailmap.touchpoint.api.TouchpointInput;
import io.trailmap.touchpoint.api.TouchpointView;
import io.trailmap.touchpoint.domain.Channel;
import io.trailmap.touchpoint.domain.FunnelPosition;
import io.trailmap.touchpoint.domain.Mode;
import io.trailmap.touchpoint.service.TouchpointFilter;
import io.trailmap.touchpoint.service.TouchpointService;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/touchpoints")
@Tag(name = "Touchpoints", description = "The catalogue of places where customers meet the brand")
public class TouchpointResource {

    private final TouchpointService touchpoints;
    private final IdempotentRequests idempotency;

    static final String EXAMPLE = "{\"name\": \"Checkout page\", \"channel\": \"CHECKOUT\", \"funnelPosition\": \"BOFU\", \"ownerTeam\": \"web\", \"importance\": 5,\n"
            + "  \"tags\": [\"web\"], \"links\": [{\"journeyId\": \"6f1c2d9e-0000-4000-8000-000000000001\", \"stageKey\": \"buy\"}]}";

    public TouchpointResource(TouchpointService touchpoints, IdempotentRequests idempotency) {
        this.touchpoints = touchpoints;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List touchpoints", description = "Filters: channel, mode, funnelPosition, journeyId, stageKey (with journeyId),"
            + " journeyIds (comma-separated: touchpoints linked to any of them).")
    public Page<TouchpointView> list(@QueryParam("channel") String channel, @QueryParam("mode") String mode,
                                     @QueryParam("funnelPosition") String funnelPosition,
                                     @QueryParam("journeyId") String journeyId, @QueryParam("stageKey") String stageKey,
                                     @QueryParam("journeyIds") String journeyIds, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        TouchpointFilter filter = new TouchpointFilter(
                QueryParams.enumValue(Channel.class, "channel", channel),
                QueryParams.enumValue(Mode.class, "mode", mode),
                QueryParams.enumValue(FunnelPosition.class, "funnelPosition", funnelPosition),
                QueryParams.uuid("journeyId", journeyId),
                stageKey == null || stageKey.isBlank() ? null : stageKey.strip(), QueryParams.uuids("journeyIds", journeyIds));
        return touchpoints.list(filter, PageRequest.of(limit, cursor));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create a touchpoint", description = "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The new touchpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TouchpointView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "a checkout page", value = EXAMPLE)))
                           @Valid @NotNull TouchpointInput body, @HeaderParam(IdempotencyKey.HEADER) String key) {
        return idempotency.once(IdempotencyKey.validate(key), RequestFingerprint.of("POST /touchpoints", body), () -> {
            TouchpointView created = touchpoints.create(body);
            return Responses.created(UriBuilder.fromPath("/touchpoints/{id}").build(created.id()), created, created.version());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a touchpoint", description = "Answers the touchpoint with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The touchpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TouchpointView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No touchpoint with this id in your tenant")
    public Response get(@PathParam("id") String id) {
        TouchpointView view = touchpoints.get(QueryParams.pathId("id", id));
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace a touchpoint", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The touchpoint as replaced, with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TouchpointView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No touchpoint with this id in your tenant")
    public Response replace(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull TouchpointInput body) {
        TouchpointView view = touchpoints.replace(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete a touchpoint", description = "Requires If-Match. Recorded interactions are kept.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No touchpoint with this id in your tenant")
    public Response delete(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        touchpoints.delete(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
