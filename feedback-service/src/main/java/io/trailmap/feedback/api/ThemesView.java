package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Schema(description = "The aspects comments are read for: the built-in taxonomy and the tenant's own themes")
public record ThemesView(
        @Schema(description = "Version of the tenant's themes (0 before the first PUT); also the ETag") long version,
        @Schema(description = "The tenant's themes as stored") List<Theme> themes,
        @Schema(description = "The built-in aspects with their terms (read-only)") List<Theme> builtIn,
        @Schema(nullable = true, description = "When the tenant's themes were last replaced") Instant updatedAt) {

    public record Theme(String key,
                        @Schema(nullable = true, description = "Null for a tenant's theme that adds terms to a built-in aspect without relabelling it")
                        String label,
                        Map<String, List<String>> terms) {
    }
}
