package io.trailmap.journey.rest;

import io.trailmap.common.http.Responses;

import io.trailmap.common.idempotency.IdempotencyKey;
import io.trailmap.common.idempotency.RequestFingerprint;
import io.trailmap.common.paging.Page;
import io.trailmap.common.postgres.idempotency.IdempotentRequests;
import io.trailmap.common.security.Roles;
import io.trailmap.journey.api.InstantiateRequest;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.template.JourneyTemplate;
import io.trailmap.journey.template.TemplateCatalogue;
import io.trailmap.journey.template.TemplateService;
import io.trailmap.journey.template.TemplateSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/templates")
@Tag(name = "Templates", description = "Built-in starting maps")
public class TemplateResource {

    private final TemplateCatalogue catalogue;
    private final TemplateService templates;
    private final IdempotentRequests idempotency;

    public TemplateResource(TemplateCatalogue catalogue, TemplateService templates, IdempotentRequests idempotency) {
        this.catalogue = catalogue;
        this.templates = templates;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List templates")
    public Page<TemplateSummary> list() {
        return new Page<>(catalogue.summaries(), null);
    }

    @GET
    @Path("{key}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a template with its stages and personas")
    @APIResponseSchema(value = JourneyTemplate.class, responseDescription = "The template")
    @APIResponse(responseCode = "404", description = "No template with this key")
    public JourneyTemplate get(@PathParam("key") String key) {
        return catalogue.get(key);
    }

    @POST
    @Path("{key}/instantiate")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Start a journey from a template", description = "Creates an editable DRAFT journey (and, unless includePersonas=false, the template's personas) in the caller's tenant. Body optional: {name, ownerTeam, includePersonas}. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The new DRAFT journey",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JourneyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No template with this key")
    public Response instantiate(@PathParam("key") String key, @HeaderParam(IdempotencyKey.HEADER) String idemKey,
                                @RequestBody(required = false) @Valid InstantiateRequest body) {
        InstantiateRequest request = body == null ? InstantiateRequest.DEFAULTS : body;
        String fingerprint = RequestFingerprint.of("POST /templates/" + key + "/instantiate", request);
        return idempotency.once(IdempotencyKey.validate(idemKey), fingerprint, () -> {
            JourneyView created = templates.instantiate(key, request);
            return Responses.created(JourneyResource.location(created.id()), created, created.version());
        });
    }
}
