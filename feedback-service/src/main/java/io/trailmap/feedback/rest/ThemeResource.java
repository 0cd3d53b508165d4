package io.trailmap.feedback.rest;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.http.Responses;
import io.trailmap.common.security.Roles;
import io.trailmap.feedback.api.ThemesInput;
import io.trailmap.feedback.api.ThemesView;
import io.trailmap.feedback.service.ThemeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/themes")
@Tag(name = "Themes", description = "The aspects comments are read for: the built-in taxonomy and the tenant's own themes")
public class ThemeResource {

    static final String EXAMPLE = "{\"themes\": [{\"key\": \"ROOM_SERVICE\", \"label\": \"Room service\",\n"
            + "  \"terms\": {\"en\": [\"room service\", \"minibar\"], \"fi\": [\"*huonepalvelu*\"], \"sv\": [\"*rumsservice*\"]}},\n"
            + " {\"key\": \"APP_WEBSITE\", \"terms\": {\"fi\": [\"*mobiilipankki*\"]}}]}";

    private final ThemeService themes;

    public ThemeResource(ThemeService themes) {
        this.themes = themes;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The themes comments are read for",
            description = "The tenant's own themes (version 0 and none before the first PUT) beside the built-in aspects with their terms.")
    @APIResponse(responseCode = "200", description = "The themes, with their version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemesView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Response get() {
        ThemesView view = themes.get();
        return Responses.ok(view, view.version());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the tenant's themes",
            description = "Requires If-Match (\"0\" before the first PUT). Feedback received from then on is read with them "
                    + "(on every replica within a second); feedback already stored keeps the aspects it was stored with.")
    @APIResponse(responseCode = "200", description = "The themes as stored, with their new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemesView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Response replace(@HeaderParam(IfMatch.HEADER) String ifMatch,
                            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    examples = @ExampleObject(name = "a theme of your own and more terms for a built-in one", value = EXAMPLE)))
                            @NotNull ThemesInput body) {
        ThemesView view = themes.replace(IfMatch.requiredVersion(ifMatch), body);
        return Responses.ok(view, view.version());
    }
}
