package io.trailmap.journey.service;

import io.trailmap.common.postgres.query.KeysetQuery;
import io.trailmap.common.time.Timestamps;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.paging.Cursor;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.journey.api.JourneyInput;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.domain.JourneyEntity;
import io.trailmap.journey.domain.JourneyStages;
import io.trailmap.journey.domain.JourneyStatus;
import io.trailmap.journey.mapping.JourneyMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Creating, reading, listing, replacing and deleting journey maps. */
@ApplicationScoped
public class JourneyService {

    private final Clock clock;
    private final Journeys journeys;
    private final PersonaReferences personaReferences;

    public JourneyService(Clock clock, Journeys journeys, PersonaReferences personaReferences) {
        this.clock = clock;
        this.journeys = journeys;
        this.personaReferences = personaReferences;
    }

    @Transactional
    public JourneyView create(JourneyInput input, String templateKey) {
        personaReferences.requireExisting(input.personaIds());
        Instant now = Timestamps.now(clock);
        JourneyEntity e = new JourneyEntity();
        e.id = UUID.randomUUID();
        e.status = JourneyStatus.DRAFT;
        e.createdAt = now;
        e.updatedAt = now;
        e.templateKey = templateKey;
        JourneyMapper.applyHeader(input, e);
        e.stages = JourneyStages.fromInput(input.stages(), UUID::randomUUID).list();
        e.persist();
        e.flush();
        return JourneyMapper.toView(e, now);
    }

    @Transactional
    public JourneyView get(UUID id) {
        return JourneyMapper.toView(journeys.load(id), clock.instant());
    }

    @Transactional
    public Page<JourneyView> list(JourneyFilter filter, PageRequest page) {
        Instant now = clock.instant();
        KeysetQuery query = new KeysetQuery();
        if (filter.status() != null) {
            query.where("status = :status", "status", filter.status());
        }
        if (filter.segment() != null) {
            query.where("segment = :segment", "segment", filter.segment());
        }
        if (filter.mapType() != null) {
            query.where("mapType = :mapType", "mapType", filter.mapType());
        }
        if (filter.personaId() != null) {
            query.where("array_contains(personaIds, :personaId)", "personaId", filter.personaId());
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            query.where("lower(name) like :q escape '\\'", "q", KeysetQuery.containsPattern(filter.nameContains()));
        }
        if (filter.reviewDue()) {
            query.where("nextReviewAt <= :now and status <> :archived", "now", now)
                    .param("archived", JourneyStatus.ARCHIVED);
        }
        query.after(page.cursor());
        List<JourneyEntity> rows = JourneyEntity.<JourneyEntity>find(query.hql(), query.params())
                .range(0, page.limit()).list();
        return Page.fromOverfetched(rows, page.limit(), e -> new Cursor(e.createdAt, e.id).encode())
                .map(e -> JourneyMapper.toView(e, now));
    }

    @Transactional
    public JourneyView replace(UUID id, long expectedVersion, JourneyInput input) {
        JourneyEntity e = journeys.loadForEdit(id, expectedVersion);
        personaReferences.requireExisting(input.personaIds());
        JourneyMapper.applyHeader(input, e);
        e.stages = JourneyStages.fromInput(input.stages(), UUID::randomUUID).list();
        return journeys.saveEdit(e);
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        JourneyEntity e = journeys.load(id);
        IfMatch.check(expectedVersion, e.version);
        e.delete();
        e.flush();
    }

    /** For callers that only need to know the journey exists for this tenant. */
    @Transactional
    public void requireExists(UUID id) {
        if (journeys.find(id) == null) {
            throw ProblemException.notFound("journey", id);
        }
    }
}
