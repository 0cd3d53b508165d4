package io.trailmap.journey.rest;

import io.trailmap.common.http.Responses;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.http.QueryParams;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.Roles;
import io.trailmap.journey.api.JourneyDiffView;
import io.trailmap.journey.api.JourneyVersionSummary;
import io.trailmap.journey.api.JourneyVersionView;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.service.DiffService;
import io.trailmap.journey.service.PublishingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/journeys/{id}")
@Tag(name = "Journey lifecycle", description = "Publishing, immutable versions, reviews, archiving and diffs")
public class JourneyLifecycleResource {

    private final PublishingService publishing;
    private final DiffService diffs;
    private final JsonWebToken caller;

    public JourneyLifecycleResource(PublishingService publishing, DiffService diffs, JsonWebToken caller) {
        this.publishing = publishing;
        this.diffs = diffs;
        this.caller = caller;
    }

    @POST
    @Path("publish")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Publish", description = "Freezes the journey as the next numbered version (If-Match optional). Answers the version.")
    @APIResponse(responseCode = "201", description = "The published version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JourneyVersionView.class)))
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    @APIResponse(responseCode = "409", description = "The journey is archived and read-only")
    @APIResponse(responseCode = "422", description = "The journey has no stage to publish")
    public Response publish(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        UUID journeyId = QueryParams.pathId("id", id);
        JourneyVersionView version = publishing.publish(journeyId, optionalVersion(ifMatch), caller.getSubject());
        return Response.created(UriBuilder.fromPath("/journeys/{id}/versions/{n}").build(journeyId, version.number()))
                .entity(version).build();
    }

    @POST
    @Path("review")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Mark reviewed", description = "The next review falls due one review interval from now.")
    @APIResponse(responseCode = "200", description = "The journey with its next review time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JourneyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    @APIResponse(responseCode = "409", description = "The journey is archived and read-only")
    public Response review(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        JourneyView journey = publishing.markReviewed(QueryParams.pathId("id", id), optionalVersion(ifMatch));
        return Responses.ok(journey, journey.version());
    }

    @POST
    @Path("archive")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Archive", description = "Archived journeys are read-only; their versions stay readable.")
    @APIResponse(responseCode = "200", description = "The archived journey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JourneyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    @APIResponse(responseCode = "409", description = "The journey is already archived")
    public Response archive(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        JourneyView journey = publishing.archive(QueryParams.pathId("id", id), optionalVersion(ifMatch));
        return Responses.ok(journey, journey.version());
    }

    @GET
    @Path("versions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Published versions", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of the journey's published versions")
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
    public Page<JourneyVersionSummary> versions(@PathParam("id") String id, @QueryParam("limit") String limit,
                                                @QueryParam("cursor") String cursor) {
        return publishing.versions(QueryParams.pathId("id", id), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("versions/{n}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One published version", description = "The journey exactly as it was published.")
    @APIResponseSchema(value = JourneyVersionView.class, responseDescription = "The version")
    @APIResponse(responseCode = "404", description = "No such journey or version in your tenant")
    public JourneyVersionView version(@PathParam("id") String id, @PathParam("n") String n) {
        return publishing.version(QueryParams.pathId("id", id), QueryParams.integer("n", n, 1, Integer.MAX_VALUE));
    }

    @GET
    @Path("diff")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Diff against another journey", description = "Changes from journey 'against' (the base, e.g. current state) to this one (e.g. future state): stages added, removed, changed, pain points resolved and introduced.")
    @APIResponseSchema(value = JourneyDiffView.class, responseDescription = "What changed from the base to this journey")
    @APIResponse(responseCode = "404", description = "No journey with one of the two ids in your tenant")
    public JourneyDiffView diff(@PathParam("id") String id, @QueryParam("against") String against) {
        if (against == null || against.isBlank()) {
            throw ProblemException.invalid("against", "is required: the id of the journey to compare with");
        }
        return diffs.diff(QueryParams.pathId("id", id), QueryParams.pathId("against", against));
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null ? null : IfMatch.requiredVersion(ifMatch);
    }
}
