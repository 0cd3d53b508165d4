package io.trailmap.gateway.model;

import java.util.List;

/** A page as the services answer lists: {items, nextCursor}. */
public record ServicePage<T>(List<T> items, String nextCursor) {
}
