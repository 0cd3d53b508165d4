package io.trailmap.feedback.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What {@code PUT /themes} replaces; what {@code GET /themes} answered is accepted as it is (version, builtIn and updatedAt are ignored). */
@JsonIgnoreProperties({"version", "builtIn", "updatedAt"})
public record ThemesInput(
        @Schema(required = true, maxItems = 50, description = "The tenant's themes, all of them: the list replaces the stored one")
        List<ThemeInput> themes) {
}
