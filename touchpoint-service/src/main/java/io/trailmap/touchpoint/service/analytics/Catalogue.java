package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.domain.TouchpointEntity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The caller's touchpoint catalogue as analytics need it: names and channels of the touchpoints an answer names. */
final class Catalogue {

    private Catalogue() {
    }

    /** The caller's catalogue entries among {@code ids}; ids not (or no longer) in it are absent. */
    static Map<UUID, TouchpointEntity> entries(Collection<UUID> ids) {
        Map<UUID, TouchpointEntity> found = new HashMap<>();
        if (!ids.isEmpty()) {
            TouchpointEntity.<TouchpointEntity>list("id in ?1", ids).forEach(t -> found.put(t.id, t));
        }
        return found;
    }

    static Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        entries(ids).forEach((id, t) -> names.put(id, t.name));
        return names;
    }
}
