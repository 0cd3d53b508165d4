package io.trailmap.journey.service;

import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.domain.JourneyEntity;
import io.trailmap.journey.domain.JourneyStages;
import io.trailmap.journey.domain.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Adding, editing, removing and reordering the stages of a journey; each change is a journey edit. */
@ApplicationScoped
public class StageService {

    private final Journeys journeys;

    public StageService(Journeys journeys) {
        this.journeys = journeys;
    }

    /** Adds a stage; {@code expectedVersion} is optional here (adding cannot overwrite anyone's change). */
    @Transactional
    public JourneyView add(UUID journeyId, Long expectedVersion, Stage stage) {
        JourneyEntity e = expectedVersion == null ? journeys.load(journeyId) : journeys.loadForEdit(journeyId, expectedVersion);
        Journeys.requireEditable(e);
        return change(e, stages -> stages.add(stage, stage.position(), UUID::randomUUID));
    }

    @Transactional
    public JourneyView replace(UUID journeyId, long expectedVersion, String key, Stage stage) {
        JourneyEntity e = journeys.loadForEdit(journeyId, expectedVersion);
        return change(e, stages -> stages.replace(key, stage, UUID::randomUUID));
    }

    @Transactional
    public JourneyView remove(UUID journeyId, long expectedVersion, String key) {
        JourneyEntity e = journeys.loadForEdit(journeyId, expectedVersion);
        return change(e, stages -> stages.remove(key));
    }

    @Transactional
    public JourneyView reorder(UUID journeyId, long expectedVersion, List<String> keys) {
        JourneyEntity e = journeys.loadForEdit(journeyId, expectedVersion);
        return change(e, stages -> stages.reorder(keys));
    }

    @Transactional
    public Stage get(UUID journeyId, String key) {
        return journeys.load(journeyId).journeyStages().get(key);
    }

    private JourneyView change(JourneyEntity e, UnaryOperator<JourneyStages> edit) {
        e.stages = edit.apply(e.journeyStages()).list();
        return journeys.saveEdit(e);
    }
}
