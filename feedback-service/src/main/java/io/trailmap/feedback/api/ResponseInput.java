package io.trailmap.feedback.api;

import io.trailmap.common.validation.StageKey;
import io.trailmap.feedback.scoring.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One survey response. {@code kind} and the journey/stage/touchpoint default from the survey when
 * {@code surveyId} is given; {@code score} is required for NPS (0–10), CSAT (1–5) and CES (1–7);
 * {@code language} is the survey language, used when the comment's language cannot be told.
 */
public record ResponseInput(
        @NotBlank @Size(max = 128) String responseId,
        @Schema(nullable = true) UUID surveyId,
        @Schema(nullable = true) Kind kind,
        @Schema(nullable = true) Integer score,
        @Size(max = 5000) @Schema(nullable = true) String comment,
        @Size(max = 128) @Schema(nullable = true) String customerId,
        @Schema(nullable = true) UUID journeyId,
        @StageKey @Schema(nullable = true) String stageKey,
        @Schema(nullable = true) UUID touchpointId,
        @Schema(nullable = true) Instant submittedAt,
        @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as en, fi, sv") @Schema(nullable = true) String language,
        @Size(max = 50) @Schema(nullable = true) String channel,
        @Size(max = 50) @Schema(nullable = true) Map<String, Object> answers) {
}
