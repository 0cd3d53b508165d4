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

    /** What a client would write to get this persona. */
    public static PersonaInput toInput(PersonaView v) {
        return new PersonaInput(v.name(), v.segment(), v.buyingRole(), v.demographics(), v.psychographics(), v.goals(),
                v.motivations(), v.painPoints(), v.preferredChannels(), v.quote());
    }

    /** The input as it would be stored and read back (lists present, name stripped): for comparing by content. */
    public static PersonaInput normalised(PersonaInput input) {
        PersonaEntity e = new PersonaEntity();
        apply(input, e);
        return new PersonaInput(e.name, e.segment, e.buyingRole, e.demographics, e.psychographics, e.goals, e.motivations,
                e.painPoints, e.preferredChannels, e.quote);
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
