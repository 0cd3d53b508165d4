package io.trailmap.journey.template;

import io.trailmap.journey.domain.MapType;
import io.trailmap.journey.domain.Phase;
import io.trailmap.journey.domain.Segment;

import java.util.List;

/** A template as the catalogue lists it. */
public record TemplateSummary(String key, String name, String description, MapType mapType, Segment segment,
                              int stageCount, List<Phase> phases, int personaCount) {

    static TemplateSummary of(JourneyTemplate t) {
        return new TemplateSummary(t.key(), t.name(), t.description(), t.mapType(), t.segment(), t.stages().size(),
                t.stages().stream().map(io.trailmap.journey.domain.Stage::phase).distinct().toList(),
                t.personas() == null ? 0 : t.personas().size());
    }
}
