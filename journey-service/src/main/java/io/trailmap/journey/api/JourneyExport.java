package io.trailmap.journey.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A whole journey map in Trailmap's exchange format, for moving maps between tenants, deployments
 * and tools. It holds no ids: {@code journey} is the map as clients write it (with {@code personaIds}
 * left out) and {@code personas} carries the content of the personas it uses, which an import
 * finds by content in the target tenant or creates. Pain points keep their {@code touchpointId}
 * (meaningful only where that touchpoint exists). Export → import → export gives the same document.
 */
@Schema(description = "A journey map in the exchange format: format \"trailmap.journey\", formatVersion 1")
public record JourneyExport(
        @NotNull @Schema(description = "Always \"trailmap.journey\"") String format,
        @NotNull @Schema(description = "The version of the format; this service reads and writes 1") Integer formatVersion,
        @Valid @NotNull JourneyInput journey,
        @Size(max = 50) List<@Valid @NotNull PersonaInput> personas) {

    public static final String FORMAT = "trailmap.journey";
    public static final int VERSION = 1;

    public JourneyExport {
        personas = personas == null ? List.of() : List.copyOf(personas);
    }
}
