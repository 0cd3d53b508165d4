package io.trailmap.feedback.api;

import io.trailmap.common.validation.StageKey;
import io.trailmap.feedback.scoring.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
        UUID surveyId,
        Kind kind,
        Integer score,
        @Size(max = 5000) String comment,
        @Size(max = 128) String customerId,
        UUID journeyId,
        @StageKey String stageKey,
        UUID touchpointId,
        Instant submittedAt,
        @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as en, fi, sv") String language,
        @Size(max = 50) String channel,
        @Size(max = 50) Map<String, Object> answers) {
}
