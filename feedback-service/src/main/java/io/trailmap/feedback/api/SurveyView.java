package io.trailmap.feedback.api;

import io.trailmap.feedback.scoring.Kind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A survey definition as answered, for the OpenAPI document: SurveyService answers the stored
 * document as a map of exactly these fields (the definition as written, with its id, version and times).
 */
@Schema(description = "A survey definition with its id, version and times")
public record SurveyView(
        UUID id,
        String name,
        Kind kind,
        @Schema(nullable = true) String description,
        List<SurveyInput.Question> questions,
        @Schema(nullable = true) String defaultLanguage,
        @Schema(nullable = true) UUID journeyId,
        @Schema(nullable = true) String stageKey,
        @Schema(nullable = true) UUID touchpointId,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
