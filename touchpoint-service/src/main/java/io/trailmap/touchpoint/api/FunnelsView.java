package io.trailmap.touchpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The answer of {@code POST /analytics/funnels}: one funnel per requested one, in order, all counted at one watermark. */
public record FunnelsView(List<FunnelView> funnels, @Schema(description = DataAsOf.DESCRIPTION) Instant dataAsOf) {
}
