package io.trailmap.touchpoint.mapping;

import io.trailmap.touchpoint.api.TouchpointInput;
import io.trailmap.touchpoint.api.TouchpointView;
import io.trailmap.touchpoint.domain.Channel;
import io.trailmap.touchpoint.domain.Mode;
import io.trailmap.touchpoint.domain.TouchpointEntity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Touchpoint entity ↔ API model. */
public final class TouchpointMapper {

    /** Channels met in the physical world; the rest default to ONLINE. */
    private static final Set<Channel> OFFLINE = EnumSet.of(Channel.PRINT_AD, Channel.EVENT, Channel.IN_STORE, Channel.PHONE);

    private TouchpointMapper() {
    }

    public static TouchpointView toView(TouchpointEntity e) {
        return new TouchpointView(e.id, e.name, e.description, e.channel, e.platform, e.mode, e.funnelPosition,
                e.ownerTeam, e.importance, List.copyOf(e.tags), List.copyOf(e.links), e.createdAt, e.updatedAt, e.version);
    }

    public static void apply(TouchpointInput input, TouchpointEntity e) {
        e.name = input.name().strip();
        e.description = input.description();
        e.channel = input.channel();
        e.platform = input.platform() == null ? null : input.platform().strip().toLowerCase(java.util.Locale.ROOT);
        e.mode = input.mode() != null ? input.mode() : OFFLINE.contains(input.channel()) ? Mode.OFFLINE : Mode.ONLINE;
        e.funnelPosition = input.funnelPosition();
        e.ownerTeam = input.ownerTeam();
        e.importance = input.importance() == null ? 3 : input.importance();
        e.tags = input.tags() == null ? new ArrayList<>() : new ArrayList<>(input.tags().stream().distinct().toList());
        e.links = input.links() == null ? new ArrayList<>() : new ArrayList<>(input.links().stream().distinct().toList());
    }
}
