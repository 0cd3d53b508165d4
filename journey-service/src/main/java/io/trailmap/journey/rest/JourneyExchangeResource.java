package io.trailmap.journey.rest;

import io.trailmap.common.http.QueryParams;
import io.trailmap.common.http.Responses;
import io.trailmap.common.idempotency.IdempotencyKey;
import io.trailmap.common.idempotency.RequestFingerprint;
import io.trailmap.common.postgres.idempotency.IdempotentRequests;
import io.trailmap.common.security.Roles;
import io.trailmap.journey.api.JourneyExport;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.service.JourneyExchange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whole maps in and out, in the versioned exchange format. */
@Path("/journeys")
@Tag(name = "Journeys")
public class JourneyExchangeResource {

    private final JourneyExchange exchange;
    private final IdempotentRequests idempotency;

    public JourneyExchangeResource(JourneyExchange exchange, IdempotentRequests idempotency) {
        this.exchange = exchange;
        this.idempotency = idempotency;
    }

    @GET
    @Path("{id}/export")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Export a journey", description = "The whole map in the exchange format (format \"trailmap.journey\", formatVersion 1):"
            + " no ids; the personas it uses by content. Import it here or in another tenant or deployment.")
    public Response export(@PathParam("id") String id) {
        JourneyExport document = exchange.export(QueryParams.pathId("id", id));
        return Response.ok(document)
                .header("Content-Disposition", "attachment; filename=\"journey-" + id + ".trailmap.json\"").build();
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Import a journey", description = "Creates a DRAFT journey from an exported document; each persona is"
            + " reused when one with the same content exists, else created — all or nothing. Honours Idempotency-Key.")
    public Response importJourney(@Valid @NotNull JourneyExport document, @HeaderParam(IdempotencyKey.HEADER) String key) {
        return idempotency.once(IdempotencyKey.validate(key), RequestFingerprint.of("POST /journeys/import", document), () -> {
            JourneyView created = exchange.importJourney(document);
            return Responses.created(JourneyResource.location(created.id()), created, created.version());
        });
    }
}
