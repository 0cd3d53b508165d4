package io.trailmap.feedback.api;

import io.trailmap.common.validation.StageKey;
import io.trailmap.feedback.scoring.Kind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A survey definition as clients write it; a PUT accepts a GET's body (read-only fields ignored). */
public record SurveyInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull Kind kind,
        @Size(max = 2000) String description,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Question> questions,
        @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as en") String defaultLanguage,
        UUID journeyId,
        @StageKey String stageKey,
        UUID touchpointId,
        Boolean active) {

    /** A question: SCALE (min–max), CHOICE (options) or TEXT, with its text per language code. */
    public record Question(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-zA-Z0-9_-]+$", message = "letters, digits, _ and - only") String key,
            @NotNull @Pattern(regexp = "SCALE|CHOICE|TEXT", message = "must be SCALE, CHOICE or TEXT") String type,
            @NotEmpty @Size(max = 30) Map<@Pattern(regexp = "^[a-z]{2,3}(-[A-Z]{2})?$", message = "must be a language code such as fi or sv") String,
                    @NotBlank @Size(max = 1000) String> texts,
            Integer min,
            Integer max,
            @Size(max = 50) List<@Valid @NotNull Option> options,
            Boolean required) {
    }

    public record Option(@NotBlank @Size(max = 64) String key,
                         @NotEmpty Map<String, @NotBlank @Size(max = 500) String> texts) {
    }
}
