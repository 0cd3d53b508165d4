package io.trailmap.touchpoint.analytics;

import java.util.List;

/** A customer's touches in a journey, oldest first, and whether they ended in a conversion. */
public record CustomerPath(List<Touch> touches, boolean converted) {
}
