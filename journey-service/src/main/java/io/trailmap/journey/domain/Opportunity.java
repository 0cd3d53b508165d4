package io.trailmap.journey.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** An improvement idea for a stage, rated by impact and effort (1 low … 5 high). */
public record Opportunity(
        @Schema(nullable = true, description = "Assigned by the service; absent in new opportunities") UUID id,
        @NotBlank @Size(max = 1000) String description,
        @NotNull @Min(1) @Max(5) Integer impact,
        @NotNull @Min(1) @Max(5) Integer effort) {

    public Opportunity withId(UUID newId) {
        return new Opportunity(newId, description, impact, effort);
    }
}
