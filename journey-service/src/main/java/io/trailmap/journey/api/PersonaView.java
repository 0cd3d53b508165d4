package io.trailmap.journey.api;

import io.trailmap.journey.domain.BuyingRole;
import io.trailmap.journey.domain.Demographics;
import io.trailmap.journey.domain.Segment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record PersonaView(
        UUID id,
        String name,
        Segment segment,
        @Schema(nullable = true) BuyingRole buyingRole,
        @Schema(nullable = true) Demographics demographics,
        List<String> psychographics,
        List<String> goals,
        List<String> motivations,
        List<String> painPoints,
        List<String> preferredChannels,
        @Schema(nullable = true) String quote,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
