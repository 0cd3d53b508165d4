package io.trailmap.journey.template;

import io.trailmap.journey.api.InstantiateRequest;
import io.trailmap.journey.api.JourneyInput;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.api.PersonaInput;
import io.trailmap.journey.domain.ReviewSchedule;
import io.trailmap.journey.service.JourneyService;
import io.trailmap.journey.service.PersonaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Starts an editable DRAFT journey (and its personas) from a built-in template. */
@ApplicationScoped
public class TemplateService {

    private final TemplateCatalogue catalogue;
    private final JourneyService journeys;
    private final PersonaService personas;

    public TemplateService(TemplateCatalogue catalogue, JourneyService journeys, PersonaService personas) {
        this.catalogue = catalogue;
        this.journeys = journeys;
        this.personas = personas;
    }

    @Transactional
    public JourneyView instantiate(String key, InstantiateRequest request) {
        JourneyTemplate template = catalogue.get(key);
        InstantiateRequest options = request == null ? InstantiateRequest.DEFAULTS : request;
        List<PersonaInput> templatePersonas = template.personas() == null ? List.of() : template.personas();
        List<UUID> personaIds = Boolean.FALSE.equals(options.includePersonas()) ? List.of()
                : templatePersonas.stream().map(p -> personas.create(p).id()).toList();
        JourneyInput input = new JourneyInput(
                options.name() == null || options.name().isBlank() ? template.name() : options.name(),
                template.description(), template.mapType(), template.segment(), personaIds, options.ownerTeam(),
                ReviewSchedule.DEFAULT_INTERVAL_DAYS, template.stages());
        return journeys.create(input, key);
    }
}
