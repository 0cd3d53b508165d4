package io.trailmap.touchpoint.service;

import io.trailmap.touchpoint.domain.Channel;
import io.trailmap.touchpoint.domain.FunnelPosition;
import io.trailmap.touchpoint.domain.Mode;

import java.util.UUID;

/** Filters of the touchpoint catalogue; null means "any". {@code stageKey} narrows {@code journeyId}. */
public record TouchpointFilter(Channel channel, Mode mode, FunnelPosition funnelPosition, UUID journeyId, String stageKey,
                               java.util.List<UUID> journeyIds) {
}
