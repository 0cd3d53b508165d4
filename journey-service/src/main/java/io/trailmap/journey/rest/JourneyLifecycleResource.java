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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public Response review(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        JourneyView journey = publishing.markReviewed(QueryParams.pathId("id", id), optionalVersion(ifMatch));
        return Responses.ok(journey, journey.version());
    }

    @POST
    @Path("archive")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Archive", description = "Archived journeys are read-only; their versions stay readable.")
    public Response archive(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        JourneyView journey = publishing.archive(QueryParams.pathId("id", id), optionalVersion(ifMatch));
        return Responses.ok(journey, journey.version());
    }

    @GET
    @Path("versions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Published versions", description = "Oldest first.")
    public Page<JourneyVersionSummary> versions(@PathParam("id") String id, @QueryParam("limit") String limit,
                                                @QueryParam("cursor") String cursor) {
        return publishing.versions(QueryParams.pathId("id", id), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("versions/{n}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One published version", description = "The journey exactly as it was published.")
    public JourneyVersionView version(@PathParam("id") String id, @PathParam("n") String n) {
        return publishing.version(QueryParams.pathId("id", id), QueryParams.integer("n", n, 1, Integer.MAX_VALUE));
    }

    @GET
    @Path("diff")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Diff against another journey", description = "Changes from journey 'against' (the base, e.g. current state) to this one (e.g. future state): stages added, removed, changed, pain points resolved and introduced.")
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
