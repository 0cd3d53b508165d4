package io.trailmap.journey.template;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.trailmap.journey.api.PersonaInput;
import io.trailmap.journey.domain.MapType;
import io.trailmap.journey.domain.Segment;
import io.trailmap.journey.domain.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** A built-in starting map, read from {@code templates/<key>.json}. */
public record JourneyTemplate(
        @NotBlank String key,
        @NotBlank String name,
        @NotBlank String description,
        @NotNull MapType mapType,
        @NotNull Segment segment,
        @Schema(nullable = true) List<@Valid PersonaInput> personas,
        @NotEmpty List<@Valid Stage> stages) {
}
