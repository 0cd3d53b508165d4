package io.trailmap.feedback.rest;

import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.ErasureAuditView;
import io.trailmap.feedback.service.CustomerErasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/audit/erasures")
@Tag(name = "Customers", description = "Erasure of a customer's feedback")
public class ErasureAuditResource {

    private final CustomerErasure erasure;

    public ErasureAuditResource(CustomerErasure erasure) {
        this.erasure = erasure;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erasure audit", description = "The tenant's completed erasures, newest first, in pages (limit, cursor):"
            + " who, when, how many responses, reviews and follow-ups went. The erased customer's id is not kept.")
    public Page<ErasureAuditView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return erasure.audit(PageRequest.of(limit, cursor));
    }
}
