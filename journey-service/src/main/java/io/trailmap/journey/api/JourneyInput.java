package io.trailmap.journey.api;

import io.trailmap.journey.domain.Lanes;
import io.trailmap.journey.domain.MapType;
import io.trailmap.journey.domain.Segment;
import io.trailmap.journey.domain.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What a client sends to create or replace a journey. A PUT accepts a GET's body as it is:
 * read-only fields (id, version, status, timestamps…) are ignored.
 */
@Schema(description = "A journey map as clients write it")
public record JourneyInput(
        @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 4000) String description,
        @NotNull MapType mapType,
        @NotNull Segment segment,
        @Schema(nullable = true, description = "Absent or null in the exchange format") @Size(max = 50) List<@NotNull UUID> personaIds,
        @Schema(nullable = true) @Size(max = 100) String ownerTeam,
        @Schema(nullable = true, description = "Days between reviews; default 90 (quarterly)") @Min(1) @Max(730) Integer reviewIntervalDays,
        @Size(max = Lanes.MAX_STAGES) List<@Valid @NotNull Stage> stages) {
}
