package io.trailmap.journey.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional choices when starting a journey from a template. */
public record InstantiateRequest(
        @Schema(nullable = true, description = "Default: the template's name") @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 100) String ownerTeam,
        @Schema(nullable = true, description = "Default true: create the template's personas too") Boolean includePersonas) {

    public static final InstantiateRequest DEFAULTS = new InstantiateRequest(null, null, true);
}
