package io.trailmap.touchpoint.rest;

import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.Roles;
import io.trailmap.touchpoint.api.ErasureAuditView;
import io.trailmap.touchpoint.service.ErasureAudit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/audit/erasures")
@Tag(name = "Customers", description = "A customer's timeline, and erasure")
public class ErasureAuditResource {

    private final ErasureAudit audit;

    public ErasureAuditResource(ErasureAudit audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erasure audit", description = "The tenant's erasures, newest first, in pages (limit, cursor):"
            + " who, when, how many rows went. The erased customer's id is not kept.")
    public Page<ErasureAuditView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return audit.recent(PageRequest.of(limit, cursor));
    }
}
