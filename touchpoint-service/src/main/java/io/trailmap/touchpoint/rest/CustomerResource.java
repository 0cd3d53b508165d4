package io.trailmap.touchpoint.rest;

import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.Roles;
import io.trailmap.touchpoint.api.ErasureView;
import io.trailmap.touchpoint.api.TimelineView;
import io.trailmap.touchpoint.service.CustomerService;
import io.trailmap.touchpoint.service.Freshness;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/customers/{customerId}")
@Tag(name = "Customers", description = "A customer's timeline, and erasure")
public class CustomerResource {

    private final CustomerService customers;
    private final Freshness freshness;

    public CustomerResource(CustomerService customers, Freshness freshness) {
        this.customers = customers;
        this.freshness = freshness;
    }

    @GET
    @Path("timeline")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Customer timeline", description = "The customer's interactions oldest first (paged), and per journey"
            + " the stages reached with first/last times, the latest stage and conversions (the interactions are read as stored;"
            + " the stages as counted, see `dataAsOf`).")
    public TimelineView timeline(@PathParam("customerId") String customerId, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor, @QueryParam("minDataAsOf") String minDataAsOf) {
        String checked = checked(customerId);
        PageRequest page = PageRequest.of(limit, cursor);
        return customers.timeline(freshness.await(minDataAsOf), checked, page);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a customer", description = "Deletes the customer's interactions and everything derived from them; answers what was removed.")
    public ErasureView erase(@PathParam("customerId") String customerId) {
        return customers.erase(checked(customerId));
    }

    private static String checked(String customerId) {
        if (customerId.isBlank() || customerId.length() > 128) {
            throw ProblemException.invalid("customerId", "must be 1 to 128 characters");
        }
        return customerId;
    }
}
