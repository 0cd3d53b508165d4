package io.trailmap.journey.service;

import io.trailmap.journey.api.JourneyDiffView;
import io.trailmap.journey.domain.JourneyDiff;
import io.trailmap.journey.domain.JourneyEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

@ApplicationScoped
public class DiffService {

    private final Journeys journeys;

    public DiffService(Journeys journeys) {
        this.journeys = journeys;
    }

    /** What changed from journey {@code againstId} (the base) to journey {@code id}. */
    @Transactional
    public JourneyDiffView diff(UUID id, UUID againstId) {
        JourneyEntity target = journeys.load(id);
        JourneyEntity base = journeys.load(againstId);
        return new JourneyDiffView(id, againstId, JourneyDiff.between(base.stages, target.stages));
    }
}
