package io.trailmap.feedback.rest;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.http.QueryParams;
import io.trailmap.common.http.Responses;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.SurveyInput;
import io.trailmap.feedback.scoring.Kind;
import io.trailmap.feedback.service.MongoIdempotency;
import io.trailmap.feedback.service.SurveyService;
import io.trailmap.common.idempotency.IdempotencyKey;
import io.trailmap.common.idempotency.RequestFingerprint;
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

import java.util.Map;

@Path("/surveys")
@Tag(name = "Surveys", description = "Survey definitions with question texts per language")
public class SurveyResource {

    private final SurveyService surveys;
    private final MongoIdempotency idempotency;

    public SurveyResource(SurveyService surveys, MongoIdempotency idempotency) {
        this.surveys = surveys;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List surveys", description = "Filters: kind, active.")
    public Page<Map<String, Object>> list(@QueryParam("kind") String kind, @QueryParam("active") String active,
                                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Kind k = QueryParams.enumValue(Kind.class, "kind", kind);
        return surveys.list(k == null ? null : k.name(), active == null ? null : QueryParams.bool("active", active),
                PageRequest.of(limit, cursor));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create a survey", description = "Honours Idempotency-Key.")
    public Response create(@Valid @NotNull SurveyInput body, @HeaderParam(IdempotencyKey.HEADER) String key) {
        return idempotency.once(IdempotencyKey.validate(key), RequestFingerprint.of("POST /surveys", body), () -> {
            Map<String, Object> created = surveys.create(body);
            return Responses.created(UriBuilder.fromPath("/surveys/{id}").build(created.get("id")), created, 0);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    public Response get(@PathParam("id") String id) {
        Map<String, Object> survey = surveys.get(QueryParams.pathId("id", id));
        return Responses.ok(survey, ((Number) survey.get("version")).longValue());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace a survey", description = "Requires If-Match.")
    public Response replace(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull SurveyInput body) {
        Map<String, Object> survey = surveys.replace(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), body);
        return Responses.ok(survey, ((Number) survey.get("version")).longValue());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete a survey", description = "Requires If-Match. Responses keep their surveyId.")
    public Response delete(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        surveys.delete(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
