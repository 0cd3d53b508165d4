package io.trailmap.journey.service;

import io.trailmap.journey.domain.JourneyStatus;
import io.trailmap.journey.domain.MapType;
import io.trailmap.journey.domain.Segment;

import java.util.UUID;

/** Filters of the journey list; null means "any". */
public record JourneyFilter(JourneyStatus status, Segment segment, MapType mapType, UUID personaId,
                            String nameContains, boolean reviewDue) {
}
