package io.trailmap.journey.service;

import io.trailmap.common.problem.FieldError;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.journey.api.JourneyExport;
import io.trailmap.journey.api.JourneyInput;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.api.PersonaInput;
import io.trailmap.journey.domain.PersonaEntity;
import io.trailmap.journey.domain.Stage;
import io.trailmap.journey.mapping.PersonaMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Journey maps out of and into the exchange format ({@link JourneyExport}). */
@ApplicationScoped
public class JourneyExchange {

    private final JourneyService journeys;
    private final PersonaService personas;

    public JourneyExchange(JourneyService journeys, PersonaService personas) {
        this.journeys = journeys;
        this.personas = personas;
    }

    @Transactional
    public JourneyExport export(UUID journeyId) {
        JourneyView journey = journeys.get(journeyId);
        List<PersonaInput> used = journey.personaIds().stream().map(id -> PersonaMapper.toInput(personas.get(id))).toList();
        List<Stage> stages = journey.stages().stream()
                .map(s -> s.withItems(s.painPoints().stream().map(p -> p.withId(null)).toList(),
                        s.opportunities().stream().map(o -> o.withId(null)).toList()))
                .toList();
        JourneyInput map = new JourneyInput(journey.name(), journey.description(), journey.mapType(), journey.segment(), null,
                journey.ownerTeam(), journey.reviewIntervalDays(), stages);
        return new JourneyExport(JourneyExport.FORMAT, JourneyExport.VERSION, map, used);
    }

    /** A new DRAFT journey from the document, with its personas found by content or created: all or nothing. */
    @Transactional
    public JourneyView importJourney(JourneyExport document) {
        if (!JourneyExport.FORMAT.equals(document.format())) {
            throw ProblemException.validation(List.of(new FieldError("format", "must be \"" + JourneyExport.FORMAT + "\"")));
        }
        if (document.formatVersion() != JourneyExport.VERSION) {
            throw ProblemException.unprocessable("formatVersion " + document.formatVersion() + " is not supported; this service reads "
                    + JourneyExport.VERSION);
        }
        JourneyInput map = document.journey();
        if (map.personaIds() != null && !map.personaIds().isEmpty()) {
            throw ProblemException.validation(List.of(new FieldError("journey.personaIds",
                    "must be empty: an exported map names its personas by content, in \"personas\"")));
        }
        List<UUID> personaIds = new ArrayList<>();
        for (PersonaInput persona : document.personas()) {
            personaIds.add(findOrCreate(persona));
        }
        return journeys.create(new JourneyInput(map.name(), map.description(), map.mapType(), map.segment(), personaIds,
                map.ownerTeam(), map.reviewIntervalDays(), map.stages()), null);
    }

    private UUID findOrCreate(PersonaInput persona) {
        PersonaInput wanted = PersonaMapper.normalised(persona);
        for (PersonaEntity candidate : PersonaEntity.<PersonaEntity>list("name", wanted.name())) {
            if (PersonaMapper.toInput(PersonaMapper.toView(candidate)).equals(wanted)) {
                return candidate.id;
            }
        }
        return personas.create(persona).id();
    }
}
