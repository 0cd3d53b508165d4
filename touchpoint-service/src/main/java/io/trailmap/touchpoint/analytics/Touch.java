package io.trailmap.touchpoint.analytics;

import java.time.Instant;
import java.util.UUID;

/** One interaction as attribution sees it: where, through which channel, when. */
public record Touch(UUID touchpointId, String channel, Instant at) {
}
