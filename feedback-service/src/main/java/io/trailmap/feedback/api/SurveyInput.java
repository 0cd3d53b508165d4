package io.trailmap.feedback.api;

import io.trailmap.common.validation.StageKey;
import io.trailmap.feedback.scoring.Kind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A survey definition as clients write it; a PUT accepts a GET's body (read-only fields ignored). */
public record SurveyInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull Kind kind,
        @Size(max = 2000) @Schema(nullable = true) String description,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Question> questions,
        @Schema(nullable = true) @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as en") String defaultLanguage,
        @Schema(nullable = true) UUID journeyId,
        @StageKey @Schema(nullable = true) String stageKey,
        @Schema(nullable = true) UUID touchpointId,
        @Schema(nullable = true) Boolean active) {

    /** A question: SCALE (min–max), CHOICE (options) or TEXT, with its text per language code. */
    public record Question(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-zA-Z0-9_-]+$", message = "letters, digits, _ and - only") String key,
            @NotNull @Pattern(regexp = "SCALE|CHOICE|TEXT", message = "must be SCALE, CHOICE or TEXT") String type,
            @NotEmpty @Size(max = 30) Map<@Pattern(regexp = "^[a-z]{2,3}(-[A-Z]{2})?$", message = "must be a language code such as fi or sv") String,
                    @NotBlank @Size(max = 1000) String> texts,
            @Schema(nullable = true) Integer min,
            @Schema(nullable = true) Integer max,
            @Size(max = 50) @Schema(nullable = true) List<@Valid @NotNull Option> options,
            @Schema(nullable = true) Boolean required) {
    }

    public record Option(@NotBlank @Size(max = 64) String key,
                         @NotEmpty Map<String, @NotBlank @Size(max = 500) String> texts) {
    }
}
