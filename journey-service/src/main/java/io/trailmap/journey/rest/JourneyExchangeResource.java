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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @APIResponse(responseCode = "200", description = "The exchange document, as a download (Content-Disposition: attachment)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JourneyExport.class)))
    @APIResponse(responseCode = "404", description = "No journey with this id in your tenant")
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
    @APIResponse(responseCode = "201", description = "The new DRAFT journey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JourneyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "422", description = "A formatVersion this service does not read, or an Idempotency-Key used with another body")
    public Response importJourney(@Valid @NotNull JourneyExport document, @HeaderParam(IdempotencyKey.HEADER) String key) {
        return idempotency.once(IdempotencyKey.validate(key), RequestFingerprint.of("POST /journeys/import", document), () -> {
            JourneyView created = exchange.importJourney(document);
            return Responses.created(JourneyResource.location(created.id()), created, created.version());
        });
    }
}
