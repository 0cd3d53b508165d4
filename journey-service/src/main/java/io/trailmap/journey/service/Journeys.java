package io.trailmap.journey.service;

import io.trailmap.common.postgres.TenantOwnedEntity;
import io.trailmap.common.time.Timestamps;

import io.trailmap.common.http.IfMatch;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.journey.api.JourneyView;
import io.trailmap.journey.domain.JourneyEntity;
import io.trailmap.journey.domain.JourneyStatus;
import io.trailmap.journey.mapping.JourneyMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Loads a tenant's journeys and saves edits with the version check every edit needs. */
@ApplicationScoped
public class Journeys {

    private final CurrentTenant tenant;
    private final Clock clock;

    public Journeys(CurrentTenant tenant, Clock clock) {
        this.tenant = tenant;
        this.clock = clock;
    }

    /** The caller's journey, or null. The tenant check backs up Hibernate's tenant filter. */
    public JourneyEntity find(UUID id) {
        JourneyEntity e = JourneyEntity.findById(id);
        return e != null && tenant.id().equals(e.tenantId) ? e : null;
    }

    public JourneyEntity load(UUID id) {
        return TenantOwnedEntity.requireOwned(JourneyEntity.<JourneyEntity>findById(id), tenant.id(), "journey", id);
    }

    /** Loads with a row lock, for changes that must see the latest committed state (publishing). */
    public JourneyEntity loadLocked(UUID id) {
        return TenantOwnedEntity.requireOwned(JourneyEntity.<JourneyEntity>findById(id, LockModeType.PESSIMISTIC_WRITE),
                tenant.id(), "journey", id);
    }

    /** Loads a journey to edit: the client's version must be current, archived maps are read-only. */
    public JourneyEntity loadForEdit(UUID id, long expectedVersion) {
        JourneyEntity e = load(id);
        IfMatch.check(expectedVersion, e.version);
        requireEditable(e);
        return e;
    }

    public static void requireEditable(JourneyEntity e) {
        if (e.status == JourneyStatus.ARCHIVED) {
            throw ProblemException.conflict("Journey " + e.id + " is archived and read-only");
        }
    }

    /** Writes the edit now, so a concurrent edit of the same version fails here (412), not at commit. */
    public JourneyView saveEdit(JourneyEntity e) {
        Instant now = Timestamps.now(clock);
        e.updatedAt = now;
        e.flush();
        return JourneyMapper.toView(e, now);
    }
}
