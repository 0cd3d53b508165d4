package io.trailmap.journey.service;

import io.trailmap.common.problem.ProblemException;
import io.trailmap.journey.domain.PersonaEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A journey may only name personas of its own tenant. */
@ApplicationScoped
public class PersonaReferences {

    public void requireExisting(List<UUID> personaIds) {
        if (personaIds == null || personaIds.isEmpty()) {
            return;
        }
        Set<UUID> wanted = new HashSet<>(personaIds);
        List<UUID> found = PersonaEntity.<PersonaEntity>list("id in ?1", wanted).stream().map(p -> p.id).toList();
        wanted.removeAll(found);
        if (!wanted.isEmpty()) {
            throw ProblemException.invalid("personaIds", "no persona with id " + wanted.iterator().next());
        }
    }
}
