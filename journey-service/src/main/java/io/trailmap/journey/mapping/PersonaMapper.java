package io.trailmap.journey.mapping;

import io.trailmap.journey.api.PersonaInput;
import io.trailmap.journey.api.PersonaView;
import io.trailmap.journey.domain.PersonaEntity;

import java.util.ArrayList;
import java.util.List;

/** Persona entity ↔ API model. */
public final class PersonaMapper {

    private PersonaMapper() {
    }

    public static PersonaView toView(PersonaEntity e) {
        return new PersonaView(e.id, e.name, e.segment, e.buyingRole, e.demographics,
                List.copyOf(e.psychographics), List.copyOf(e.goals), List.copyOf(e.motivations),
                List.copyOf(e.painPoints), List.copyOf(e.preferredChannels), e.quote,
                e.createdAt, e.updatedAt, e.version);
    }

    public static void apply(PersonaInput input, PersonaEntity e) {
        e.name = input.name().strip();
        e.segment = input.segment();
        e.buyingRole = input.buyingRole();
        e.demographics = input.demographics();
        e.psychographics = copy(input.psychographics());
        e.goals = copy(input.goals());
        e.motivations = copy(input.motivations());
        e.painPoints = copy(input.painPoints());
        e.preferredChannels = copy(input.preferredChannels());
        e.quote = input.quote();
    }

    private static List<String> copy(List<String> items) {
        return items == null ? new ArrayList<>() : new ArrayList<>(items);
    }
}
