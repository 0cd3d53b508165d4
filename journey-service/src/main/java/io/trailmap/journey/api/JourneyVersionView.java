package io.trailmap.journey.api;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;
import java.util.UUID;

/** One published version: its number, when and by whom, and the journey exactly as published. */
public record JourneyVersionView(
        UUID journeyId,
        int number,
        Instant publishedAt,
        String publishedBy,
        @JsonRawValue String journey) {
}
