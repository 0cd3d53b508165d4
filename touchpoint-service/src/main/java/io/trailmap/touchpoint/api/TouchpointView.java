package io.trailmap.touchpoint.api;

import io.trailmap.touchpoint.domain.Channel;
import io.trailmap.touchpoint.domain.FunnelPosition;
import io.trailmap.touchpoint.domain.Mode;
import io.trailmap.touchpoint.domain.StageLink;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TouchpointView(UUID id, String name, String description, Channel channel, String platform, Mode mode,
                             FunnelPosition funnelPosition, String ownerTeam, int importance, List<String> tags,
                             List<StageLink> links, Instant createdAt, Instant updatedAt, long version) {
}
