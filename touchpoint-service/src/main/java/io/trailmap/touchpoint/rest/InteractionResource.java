package io.trailmap.touchpoint.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.common.security.Roles;
import io.trailmap.touchpoint.api.IngestResult;
import io.trailmap.touchpoint.service.IngestionService;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.service.DataGenerations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/interactions")
@Tag(name = "Ingestion", description = "High-volume interaction ingestion from CRMs, trackers and shops")
public class InteractionResource {

    private final IngestionService ingestion;
    private final DataGenerations generations;
    private final CurrentTenant tenant;

    public InteractionResource(IngestionService ingestion, DataGenerations generations, CurrentTenant tenant) {
        this.ingestion = ingestion;
        this.generations = generations;
        this.tenant = tenant;
    }

    @POST
    @RolesAllowed(Roles.INGEST)
    @Operation(summary = "Ingest interactions", description = "A JSON array of up to 10 000 interactions (or {\"events\": [...]})."
            + " Each event is validated on its own: bad ones are listed in `rejected` by index, the rest are stored."
            + " Deduplicated per tenant by eventId (first write wins). 202 {accepted, duplicates, rejected}; larger batches 413.")
    public Response ingest(@NotNull JsonNode body) {
        IngestResult result = ingestion.ingest(body);   // committed here
        if (result.accepted() > 0) {
            generations.changed(tenant.id());
        }
        return Response.accepted(result).build();
    }
}
