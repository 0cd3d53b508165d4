package io.trailmap.journey.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A problem customers meet in a stage; severity 1 (minor) … 5 (blocking), optionally at a touchpoint. */
public record PainPoint(
        @Schema(nullable = true, description = "Assigned by the service; absent in new pain points") UUID id,
        @NotBlank @Size(max = 1000) String description,
        @NotNull @Min(1) @Max(5) Integer severity,
        @Schema(nullable = true, description = "The touchpoint where it happens, if known") UUID touchpointId) {

    public PainPoint withId(UUID newId) {
        return new PainPoint(newId, description, severity, touchpointId);
    }
}
