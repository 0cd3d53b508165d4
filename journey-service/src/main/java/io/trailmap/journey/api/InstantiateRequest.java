package io.trailmap.journey.api;

import jakarta.validation.constraints.Size;

/** Optional choices when starting a journey from a template. */
public record InstantiateRequest(
        @Size(max = 200) String name,
        @Size(max = 100) String ownerTeam,
        Boolean includePersonas) {

    public static final InstantiateRequest DEFAULTS = new InstantiateRequest(null, null, true);
}
