package io.trailmap.journey.service;

import io.trailmap.common.postgres.TenantOwnedEntity;
import io.trailmap.common.postgres.query.KeysetQuery;
import io.trailmap.common.time.Timestamps;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.paging.Cursor;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.journey.api.PersonaInput;
import io.trailmap.journey.api.PersonaView;
import io.trailmap.journey.domain.BuyingRole;
import io.trailmap.journey.domain.JourneyEntity;
import io.trailmap.journey.domain.PersonaEntity;
import io.trailmap.journey.domain.Segment;
import io.trailmap.journey.mapping.PersonaMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PersonaService {

    /** Journeys a refused deletion names; the message counts them all. */
    private static final int NAMED_USERS = 10;

    private final Clock clock;
    private final CurrentTenant tenant;

    public PersonaService(Clock clock, CurrentTenant tenant) {
        this.clock = clock;
        this.tenant = tenant;
    }

    @Transactional
    public PersonaView create(PersonaInput input) {
        Instant now = Timestamps.now(clock);
        PersonaEntity e = new PersonaEntity();
        e.id = UUID.randomUUID();
        e.createdAt = now;
        e.updatedAt = now;
        PersonaMapper.apply(input, e);
        e.persist();
        e.flush();
        return PersonaMapper.toView(e);
    }

    @Transactional
    public PersonaView get(UUID id) {
        return PersonaMapper.toView(load(id));
    }

    @Transactional
    public Page<PersonaView> list(Segment segment, BuyingRole role, String nameContains, List<UUID> ids, PageRequest page) {
        KeysetQuery query = new KeysetQuery();
        if (!ids.isEmpty()) {
            query.where("id in :ids", "ids", ids);
        }
        if (segment != null) {
            query.where("segment = :segment", "segment", segment);
        }
        if (role != null) {
            query.where("buyingRole = :role", "role", role);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            query.where("lower(name) like :q escape '\\'", "q", KeysetQuery.containsPattern(nameContains));
        }
        query.after(page.cursor());
        List<PersonaEntity> rows = PersonaEntity.<PersonaEntity>find(query.hql(), query.params())
                .range(0, page.limit()).list();
        return Page.fromOverfetched(rows, page.limit(), e -> new Cursor(e.createdAt, e.id).encode())
                .map(PersonaMapper::toView);
    }

    @Transactional
    public PersonaView replace(UUID id, long expectedVersion, PersonaInput input) {
        PersonaEntity e = load(id);
        IfMatch.check(expectedVersion, e.version);
        PersonaMapper.apply(input, e);
        e.updatedAt = Timestamps.now(clock);
        e.flush();
        return PersonaMapper.toView(e);
    }

    /** A persona that journeys still name cannot be deleted: unlink it from them first. */
    @Transactional
    public void delete(UUID id, long expectedVersion) {
        PersonaEntity e = load(id);
        IfMatch.check(expectedVersion, e.version);
        long users = JourneyEntity.count("array_contains(personaIds, ?1)", id);
        if (users > 0) {
            List<UUID> named = JourneyEntity.<JourneyEntity>find("array_contains(personaIds, ?1) order by createdAt, id", id)
                    .range(0, NAMED_USERS - 1).stream().map(j -> j.id).toList();
            throw ProblemException.conflict("Persona " + id + " is used by " + users + (users == 1 ? " journey " : " journeys ")
                    + (users > named.size() ? "(the first " + named.size() + ": " + named + ")" : named.toString())
                    + "; remove it from their personaIds first");
        }
        e.delete();
        e.flush();
    }

    private PersonaEntity load(UUID id) {
        return TenantOwnedEntity.requireOwned(PersonaEntity.<PersonaEntity>findById(id), tenant.id(), "persona", id);
    }
}
