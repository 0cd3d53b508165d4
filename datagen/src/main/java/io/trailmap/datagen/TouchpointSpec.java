package io.trailmap.datagen;

import java.util.UUID;

/** A touchpoint of a generated scenario, with the values a catalogue entry needs. */
public record TouchpointSpec(UUID id, String name, String channel, String funnelPosition) {
}
