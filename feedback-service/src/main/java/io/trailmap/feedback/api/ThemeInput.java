package io.trailmap.feedback.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(description = "A tenant's theme: a new aspect, or (with a built-in key) more terms for a built-in one")
public record ThemeInput(
        @Schema(required = true, pattern = "^[A-Z][A-Z0-9_]{1,39}$", examples = "ROOM_SERVICE",
                description = "Upper-case key listed in themes[] of the feedback it is found in; a built-in key adds terms to that aspect")
        String key,
        @Schema(nullable = true, maxLength = 80, examples = "Room service",
                description = "Label for people; required for a new key, optional (relabels) for a built-in one")
        String label,
        @Schema(required = true, description = "Terms per language (en, fi, sv), at most 200 each: a word or phrase matches by stem; "
                + "frag*, *frag and *frag* match words that start with, end with or contain frag (compounds, case endings)",
                examples = "{\"en\": [\"room service\", \"minibar\"], \"fi\": [\"*huonepalvelu*\"], \"sv\": [\"*rumsservice*\"]}")
        Map<String, List<String>> terms) {
}
