package io.trailmap.feedback.rest;

import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.ErasureView;
import io.trailmap.feedback.service.CustomerErasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/customers/{customerId}")
@Tag(name = "Customers", description = "Erasure of a customer's feedback")
public class CustomerResource {

    private final CustomerErasure erasure;

    public CustomerResource(CustomerErasure erasure) {
        this.erasure = erasure;
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a customer", description = "Removes the customer's responses, linked reviews, follow-up cases and the"
            + " webhook deliveries and stored answers that name them; answers the counts and the audit id. Repeatable: asked again"
            + " when nothing of the customer is left, it answers the first erasure's receipt (repeated: true).")
    @APIResponse(responseCode = "200", description = "What was removed")
    public ErasureView erase(@PathParam("customerId") String customerId) {
        if (customerId.isBlank() || customerId.length() > 128) {
            throw ProblemException.invalid("customerId", "must be 1 to 128 characters");
        }
        return erasure.erase(customerId);
    }
}
