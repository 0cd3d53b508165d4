package io.trailmap.feedback.rest;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.http.QueryParams;
import io.trailmap.common.http.Responses;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.FollowUpPatch;
import io.trailmap.feedback.api.FollowUpView;
import io.trailmap.feedback.service.FollowUpService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/follow-ups")
@Tag(name = "Follow-ups", description = "Close-the-loop cases opened by unhappy feedback")
public class FollowUpResource {

    private enum Status { OPEN, IN_PROGRESS, RESOLVED }

    private final FollowUpService followUps;

    public FollowUpResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List follow-ups", description = "Filters: status, overdue=true (due time passed, not resolved), assignee. Oldest first.")
    public Page<FollowUpView> list(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                   @QueryParam("assignee") String assignee, @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        Status s = QueryParams.enumValue(Status.class, "status", status);
        return followUps.list(s == null ? null : s.name(), QueryParams.bool("overdue", overdue),
                assignee == null || assignee.isBlank() ? null : assignee, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a follow-up", description = "Answers the case with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The follow-up case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No follow-up with this id in your tenant")
    public Response get(@PathParam("id") String id) {
        FollowUpView view = followUps.get(QueryParams.pathId("id", id).toString());
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Work on a follow-up", description = "Partial change with If-Match: status (OPEN → IN_PROGRESS → RESOLVED;"
            + " resolving needs a resolution), assignee, dueAt, a note to append, resolution, painPointId.")
    @APIResponse(responseCode = "200", description = "The case as changed, with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No follow-up with this id in your tenant")
    @APIResponse(responseCode = "409", description = "The status cannot move that way (OPEN → IN_PROGRESS → RESOLVED)")
    public Response patch(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                          @Valid @NotNull FollowUpPatch body) {
        FollowUpView view = followUps.patch(QueryParams.pathId("id", id).toString(), IfMatch.requiredVersion(ifMatch), body);
        return Responses.ok(view, view.version());
    }
}
