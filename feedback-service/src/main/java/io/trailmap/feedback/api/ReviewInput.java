package io.trailmap.feedback.api;

import io.trailmap.common.validation.StageKey;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An external review. With a {@code sourceId}, posting the same review again answers the stored one. */
public record ReviewInput(
        @NotNull @Pattern(regexp = "GOOGLE|YELP|APP_STORE|TRUSTPILOT|FACEBOOK|OTHER", message = "must be one of GOOGLE, YELP, APP_STORE, TRUSTPILOT, FACEBOOK, OTHER") String source,
        @Size(max = 128) @Schema(nullable = true) String sourceId,
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 300) @Schema(nullable = true) String title,
        @Size(max = 10000) @Schema(nullable = true) String text,
        @Size(max = 2000) @Pattern(regexp = "^https?://.*", message = "must be an http(s) URL") @Schema(nullable = true) String url,
        @Size(max = 200) @Schema(nullable = true) String author,
        @NotNull Instant publishedAt,
        @Size(max = 128) @Schema(nullable = true) String customerId,
        @Schema(nullable = true) UUID journeyId,
        @StageKey @Schema(nullable = true) String stageKey,
        @Schema(nullable = true) UUID touchpointId,
        @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as en") @Schema(nullable = true) String language) {
}
