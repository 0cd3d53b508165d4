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
import io.trailmap.journey.api.PersonaInput;
import io.trailmap.journey.api.PersonaView;
import io.trailmap.journey.domain.BuyingRole;
import io.trailmap.journey.domain.Segment;
import io.trailmap.journey.service.PersonaService;
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

@Path("/personas")
@Tag(name = "Personas", description = "Representative customers, including B2B buying-committee roles")
public class PersonaResource {

    private final PersonaService personas;
    private final IdempotentRequests idempotency;

    static final String EXAMPLE = "{\"name\": \"Procurement Pia\", \"segment\": \"B2B\", \"buyingRole\": \"DECISION_MAKER\","
            + " \"goals\": [\"predictable total cost\"], \"preferredChannels\": [\"EMAIL\", \"WEBINAR\"],"
            + " \"quote\": \"Show me the numbers.\"}";

    public PersonaResource(PersonaService personas, IdempotentRequests idempotency) {
        this.personas = personas;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List personas", description = "Filters: segment, buyingRole, q (name contains), ids (comma-separated,"
            + " at most 500: fetch many at once).")
    public Page<PersonaView> list(@QueryParam("segment") String segment, @QueryParam("buyingRole") String role,
                                  @QueryParam("q") String q, @QueryParam("ids") String ids, @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        return personas.list(QueryParams.enumValue(Segment.class, "segment", segment),
                QueryParams.enumValue(BuyingRole.class, "buyingRole", role), q, QueryParams.uuids("ids", ids),
                PageRequest.of(limit, cursor));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create a persona", description = "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The new persona",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonaView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a B2B persona", value = EXAMPLE)))
                           @Valid @NotNull PersonaInput body, @HeaderParam(IdempotencyKey.HEADER) String key) {
        return idempotency.once(IdempotencyKey.validate(key), RequestFingerprint.of("POST /personas", body), () -> {
            PersonaView created = personas.create(body);
            return Responses.created(UriBuilder.fromPath("/personas/{id}").build(created.id()), created, created.version());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a persona", description = "Answers the persona with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The persona",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonaView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No persona with this id in your tenant")
    public Response get(@PathParam("id") String id) {
        PersonaView persona = personas.get(QueryParams.pathId("id", id));
        return Responses.ok(persona, persona.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace a persona", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The persona as replaced, with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonaView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No persona with this id in your tenant")
    public Response replace(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull PersonaInput body) {
        PersonaView persona = personas.replace(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), body);
        return Responses.ok(persona, persona.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete a persona", description = "Requires If-Match; 409 while journeys still name it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No persona with this id in your tenant")
    @APIResponse(responseCode = "409", description = "Journeys still name this persona")
    public Response delete(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        personas.delete(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
