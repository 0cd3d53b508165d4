package io.trailmap.feedback.rest;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.http.QueryParams;
import io.trailmap.common.http.Responses;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.SurveyInput;
import io.trailmap.feedback.api.SurveyView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/surveys")
@Tag(name = "Surveys", description = "Survey definitions with question texts per language")
public class SurveyResource {

    private final SurveyService surveys;
    private final MongoIdempotency idempotency;

    static final String EXAMPLE = "{\"name\": \"Checkout NPS\", \"kind\": \"NPS\", \"defaultLanguage\": \"en\", \"stageKey\": \"checkout\",\n"
            + " \"questions\": [{\"key\": \"nps\", \"type\": \"SCALE\", \"min\": 0, \"max\": 10,\n"
            + "   \"texts\": {\"en\": \"How likely are you to recommend us?\", \"fi\": \"Kuinka todennäköisesti suosittelisit meitä?\"}}]}";

    public SurveyResource(SurveyService surveys, MongoIdempotency idempotency) {
        this.surveys = surveys;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List surveys", description = "Filters: kind, active.")
    @APIResponse(responseCode = "200", description = "A page of survey definitions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"items", "nextCursor"}, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = SurveyView.class),
                    @SchemaProperty(name = "nextCursor", type = SchemaType.STRING, nullable = true)})))
    public Page<Map<String, Object>> list(@QueryParam("kind") String kind, @QueryParam("active") String active,
                                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Kind k = QueryParams.enumValue(Kind.class, "kind", kind);
        return surveys.list(k == null ? null : k.name(), active == null ? null : QueryParams.bool("active", active),
                PageRequest.of(limit, cursor));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create a survey", description = "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The new survey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still in progress")
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "an NPS survey", value = EXAMPLE))) @Valid @NotNull SurveyInput body, @HeaderParam(IdempotencyKey.HEADER) String key) {
        return idempotency.once(IdempotencyKey.validate(key), RequestFingerprint.of("POST /surveys", body), () -> {
            Map<String, Object> created = surveys.create(body);
            return Responses.created(UriBuilder.fromPath("/surveys/{id}").build(created.get("id")), created, 0);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a survey", description = "Answers the survey with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The survey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No survey with this id in your tenant")
    public Response get(@PathParam("id") String id) {
        Map<String, Object> survey = surveys.get(QueryParams.pathId("id", id));
        return Responses.ok(survey, ((Number) survey.get("version")).longValue());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace a survey", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The survey as replaced, with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No survey with this id in your tenant")
    public Response replace(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull SurveyInput body) {
        Map<String, Object> survey = surveys.replace(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), body);
        return Responses.ok(survey, ((Number) survey.get("version")).longValue());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete a survey", description = "Requires If-Match. Responses keep their surveyId.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No survey with this id in your tenant")
    public Response delete(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        surveys.delete(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
