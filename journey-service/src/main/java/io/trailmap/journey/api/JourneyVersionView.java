package io.trailmap.journey.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One published version: its number, when and by whom, and the journey exactly as published. */
public record JourneyVersionView(
        UUID journeyId,
        int number,
        Instant publishedAt,
        @Schema(nullable = true, description = "The publisher's token subject") String publishedBy,
        @Schema(implementation = JourneyView.class, description = "The journey exactly as it was published") @JsonRawValue String journey) {
}
