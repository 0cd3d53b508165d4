package io.trailmap.feedback.rest;

import io.trailmap.common.http.QueryParams;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.FieldError;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.ImportView;
import io.trailmap.feedback.imports.FeedbackImports;
import io.trailmap.feedback.imports.ImportFormat;
import io.trailmap.feedback.imports.ImportType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Path("/imports")
@Tag(name = "Imports", description = "Responses and reviews from files: a survey tool's or review site's export")
public class ImportResource {

    private final FeedbackImports imports;
    private final CurrentTenant tenant;

    public ImportResource(FeedbackImports imports, CurrentTenant tenant) {
        this.imports = imports;
        this.tenant = tenant;
    }

    @POST
    @RolesAllowed(Roles.INGEST)
    @Consumes(MediaType.WILDCARD)   // the type is checked below, after the token and role: 401/403 come first
    @Operation(summary = "Import a file", description = "The body is the file: CSV with a header line (text/csv) or one JSON object"
            + " per line (application/x-ndjson), up to 64 MB. type=responses|reviews; map=field:Column (repeatable) maps a column"
            + " to a field of the API's input (unmapped columns are used by their name). Rows are validated, scored and deduplicated"
            + " by responseId / review sourceId as the API does, so posting a file again is safe. 202 with the import; poll its Location.")
    @APIResponse(responseCode = "202", description = "The import, RUNNING",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 64 MB")
    @APIResponse(responseCode = "415", description = "The file is neither text/csv nor application/x-ndjson")
    public Response create(@QueryParam("type") String type, @QueryParam("map") List<String> map,
                           @HeaderParam("Content-Type") String contentType,
                           @RequestBody(required = true,
                                   content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                                   @Content(mediaType = "application/x-ndjson",
                                           schema = @Schema(type = SchemaType.STRING))}) byte[] file) {
        ImportType what = QueryParams.enumValue(ImportType.class, "type", type == null ? null : type.toUpperCase(Locale.ROOT));
        if (what == null) {
            throw ProblemException.validation(List.of(new FieldError("type", "is required: responses or reviews")));
        }
        ImportFormat format = ImportFormat.of(contentType).orElseThrow(() -> new ProblemException(io.trailmap.common.problem.Problem.of(
                415, "unsupported-media-type", "Unsupported Media Type",
                "Send the file as text/csv (with a header line) or application/x-ndjson (one JSON object per line), not " + contentType)));
        ImportView started = imports.start(tenant.id(), what, format, mapping(what, map), file);
        return Response.accepted(started).location(UriBuilder.fromPath("/imports/{id}").build(started.id())).build();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.INGEST})
    @Operation(summary = "Recent imports", description = "The tenant's imports, newest first, paged: limit (default 50, max 500)"
            + " and cursor → {items, nextCursor}.")
    public Page<ImportView> recent(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return imports.recent(tenant.id(), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.INGEST})
    @Operation(summary = "An import's progress", description = "Status, counts and the row errors (line, field, message):"
            + " the first 1 000 of them, `errorsTruncated` true when there were more.")
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "404", description = "No import with this id in your tenant")
    public ImportView get(@PathParam("id") String id) {
        return imports.get(tenant.id(), QueryParams.pathId("id", id));
    }

    private static Map<String, String> mapping(ImportType type, List<String> entries) {
        Map<String, String> mapping = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            int colon = entry.indexOf(':');
            String field = colon < 0 ? entry : entry.substring(0, colon).strip();
            if (colon <= 0 || colon == entry.length() - 1) {
                errors.add(new FieldError("map", "'" + entry + "' must be field:Column"));
            } else if (!type.fields().contains(field)) {
                errors.add(new FieldError("map", "'" + field + "' is not a field of " + type.name().toLowerCase(Locale.ROOT)
                        + "; fields are " + new java.util.TreeSet<>(type.fields())));
            } else {
                mapping.put(field, entry.substring(colon + 1).strip());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return mapping;
    }
}
