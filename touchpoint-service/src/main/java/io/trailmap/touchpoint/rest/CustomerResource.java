package io.trailmap.touchpoint.rest;

import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.common.security.Roles;
import io.trailmap.touchpoint.api.ErasureView;
import io.trailmap.touchpoint.api.TimelineView;
import io.trailmap.touchpoint.service.CustomerService;
import io.trailmap.touchpoint.service.DataGenerations;
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
    private final DataGenerations generations;
    private final CurrentTenant tenant;

    public CustomerResource(CustomerService customers, DataGenerations generations, CurrentTenant tenant) {
        this.customers = customers;
        this.generations = generations;
        this.tenant = tenant;
    }

    @GET
    @Path("timeline")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Customer timeline", description = "The customer's interactions oldest first (paged), and per journey"
            + " the stages reached with first/last times, the latest stage and conversions.")
    public TimelineView timeline(@PathParam("customerId") String customerId, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        return customers.timeline(checked(customerId), PageRequest.of(limit, cursor));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a customer", description = "Deletes the customer's interactions and everything derived from them; answers what was removed.")
    public ErasureView erase(@PathParam("customerId") String customerId) {
        ErasureView erased = customers.erase(checked(customerId));   // committed here
        generations.changed(tenant.id());
        return erased;
    }

    private static String checked(String customerId) {
        if (customerId.isBlank() || customerId.length() > 128) {
            throw ProblemException.invalid("customerId", "must be 1 to 128 characters");
        }
        return customerId;
    }
}
