package io.trailmap.feedback.rest;

import io.trailmap.common.http.QueryParams;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.ErasureView;
import io.trailmap.feedback.service.CustomerErasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

@Path("/audit/erasures")
@Tag(name = "Customers", description = "Erasure of a customer's feedback")
public class ErasureAuditResource {

    private final CustomerErasure erasure;

    public ErasureAuditResource(CustomerErasure erasure) {
        this.erasure = erasure;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erasure audit", description = "The tenant's erasures, newest first: who, when, how many responses,"
            + " reviews and follow-ups went. The erased customer's id is not kept.")
    @APIResponse(responseCode = "200", description = "The latest erasures (limit, default 100)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "items", properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY,
                    implementation = ErasureView.AuditEntry.class))))
    public Map<String, List<Map<String, Object>>> list(@QueryParam("limit") String limit) {
        Integer chosen = QueryParams.integer("limit", limit, 1, 500);
        return Map.of("items", erasure.audit(chosen == null ? 100 : chosen));
    }
}
