package io.trailmap.feedback.rest;

import io.trailmap.common.http.QueryParams;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.ReplyInput;
import io.trailmap.feedback.api.ReviewInput;
import io.trailmap.feedback.api.ReviewView;
import io.trailmap.feedback.service.ReviewService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.util.Locale;
import java.util.UUID;

@Path("/reviews")
@Tag(name = "Reviews", description = "External reviews and the brand's replies")
public class ReviewResource {

    private final ReviewService reviews;

    static final String EXAMPLE = "{\"source\": \"GOOGLE\", \"sourceId\": \"g-123\", \"rating\": 2, \"title\": \"Slow delivery\",\n"
            + " \"text\": \"Waited two weeks and nobody answered my emails.\", \"publishedAt\": \"2026-05-02T08:00:00Z\"}";

    public ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @POST
    @RolesAllowed(Roles.INGEST)
    @Operation(summary = "Record a review", description = "201 with the analysed review; the same source + sourceId again answers"
            + " 200 with the stored one. A rating of 1–2 opens a follow-up case.")
    @APIResponse(responseCode = "201", description = "The new review with its analysis",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "200", description = "This source and sourceId were recorded before: the stored review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "429", description = "The tenant's feedback quota is used up")
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a negative Google review", value = EXAMPLE))) @Valid @NotNull ReviewInput body) {
        ReviewService.Created created = reviews.create(body);
        if (!created.isNew()) {
            return Response.ok(created.review()).build();
        }
        return Response.created(UriBuilder.fromPath("/reviews/{id}").build(created.review().id())).entity(created.review()).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List reviews", description = "Filters: source, journeyId, stageKey, touchpointId, replied, maxRating.")
    public Page<ReviewView> list(@QueryParam("source") String source, @QueryParam("journeyId") String journeyId,
                                 @QueryParam("stageKey") String stageKey, @QueryParam("touchpointId") String touchpointId,
                                 @QueryParam("replied") String replied, @QueryParam("maxRating") String maxRating,
                                 @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        UUID journey = QueryParams.uuid("journeyId", journeyId);
        UUID touchpoint = QueryParams.uuid("touchpointId", touchpointId);
        return reviews.list(source == null || source.isBlank() ? null : source.strip().toUpperCase(Locale.ROOT),
                journey == null ? null : journey.toString(), stageKey == null || stageKey.isBlank() ? null : stageKey,
                touchpoint == null ? null : touchpoint.toString(), replied == null ? null : QueryParams.bool("replied", replied),
                QueryParams.integer("maxRating", maxRating, 1, 5), PageRequest.of(limit, cursor));
    }

    @POST
    @Path("{id}/reply")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Reply to a review", description = "Records the reply and the time from publication to the first reply.")
    @APIResponse(responseCode = "200", description = "The review with its reply")
    @APIResponse(responseCode = "404", description = "No review with this id in your tenant")
    public ReviewView reply(@PathParam("id") String id, @Valid @NotNull ReplyInput body) {
        return reviews.reply(QueryParams.pathId("id", id), body);
    }
}
