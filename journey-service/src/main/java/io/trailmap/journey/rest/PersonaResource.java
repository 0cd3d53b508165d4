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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/personas")
@Tag(name = "Personas", description = "Representative customers, including B2B buying-committee roles")
public class PersonaResource {

    private final PersonaService personas;
    private final IdempotentRequests idempotency;

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
    public Response create(@Valid @NotNull PersonaInput body, @HeaderParam(IdempotencyKey.HEADER) String key) {
        return idempotency.once(IdempotencyKey.validate(key), RequestFingerprint.of("POST /personas", body), () -> {
            PersonaView created = personas.create(body);
            return Responses.created(UriBuilder.fromPath("/personas/{id}").build(created.id()), created, created.version());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    public Response get(@PathParam("id") String id) {
        PersonaView persona = personas.get(QueryParams.pathId("id", id));
        return Responses.ok(persona, persona.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace a persona", description = "Requires If-Match.")
    public Response replace(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull PersonaInput body) {
        PersonaView persona = personas.replace(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch), body);
        return Responses.ok(persona, persona.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete a persona", description = "Requires If-Match; 409 while journeys still name it.")
    public Response delete(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        personas.delete(QueryParams.pathId("id", id), IfMatch.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
