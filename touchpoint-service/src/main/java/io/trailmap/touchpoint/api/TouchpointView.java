package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.domain.Channel;
import io.trailmap.touchpoint.domain.FunnelPosition;
import io.trailmap.touchpoint.domain.Mode;
import io.trailmap.touchpoint.domain.StageLink;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TouchpointView(
        UUID id,
        String name,
        @Schema(nullable = true) String description,
        Channel channel,
        @Schema(nullable = true) String platform,
        Mode mode,
        FunnelPosition funnelPosition,
        @Schema(nullable = true) String ownerTeam,
        int importance,
        List<String> tags,
        List<StageLink> links,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
