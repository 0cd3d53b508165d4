package io.trailmap.journey.api;

import io.trailmap.journey.domain.BuyingRole;
import io.trailmap.journey.domain.Demographics;
import io.trailmap.journey.domain.Segment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A persona as clients write it; a PUT accepts a GET's body (read-only fields ignored). */
public record PersonaInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull Segment segment,
        @Schema(nullable = true, description = "B2B: the persona's role in the buying committee") BuyingRole buyingRole,
        @Schema(nullable = true) @Valid Demographics demographics,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> psychographics,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> goals,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> motivations,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> painPoints,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> preferredChannels,
        @Schema(nullable = true) @Size(max = 1000) String quote) {
}
