package io.trailmap.touchpoint.service;

import io.trailmap.common.postgres.TenantOwnedEntity;
import io.trailmap.common.http.IfMatch;
import io.trailmap.common.paging.Cursor;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.postgres.query.KeysetQuery;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.common.time.Timestamps;
import io.trailmap.touchpoint.api.TouchpointInput;
import io.trailmap.touchpoint.api.TouchpointView;
import io.trailmap.touchpoint.domain.TouchpointEntity;
import io.trailmap.touchpoint.mapping.TouchpointMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The tenant's touchpoint catalogue. */
@ApplicationScoped
public class TouchpointService {

    private final Clock clock;
    private final CurrentTenant tenant;

    public TouchpointService(Clock clock, CurrentTenant tenant) {
        this.clock = clock;
        this.tenant = tenant;
    }

    @Transactional
    public TouchpointView create(TouchpointInput input) {
        Instant now = Timestamps.now(clock);
        TouchpointEntity e = new TouchpointEntity();
        e.id = UUID.randomUUID();
        e.createdAt = now;
        e.updatedAt = now;
        TouchpointMapper.apply(input, e);
        e.persist();
        e.flush();
        return TouchpointMapper.toView(e);
    }

    @Transactional
    public TouchpointView get(UUID id) {
        return TouchpointMapper.toView(load(id));
    }

    @Transactional
    public Page<TouchpointView> list(TouchpointFilter filter, PageRequest page) {
        KeysetQuery query = new KeysetQuery();
        if (filter.channel() != null) {
            query.where("channel = :channel", "channel", filter.channel());
        }
        if (filter.mode() != null) {
            query.where("mode = :mode", "mode", filter.mode());
        }
        if (filter.funnelPosition() != null) {
            query.where("funnelPosition = :funnelPosition", "funnelPosition", filter.funnelPosition());
        }
        if (filter.journeyId() != null && filter.stageKey() != null) {
            query.where("id in (select t.id from TouchpointEntity t join t.links l"
                    + " where l.journeyId = :journeyId and l.stageKey = :stageKey)", "journeyId", filter.journeyId())
                    .param("stageKey", filter.stageKey());
        } else if (filter.journeyId() != null) {
            query.where("id in (select t.id from TouchpointEntity t join t.links l"
                    + " where l.journeyId = :journeyId)", "journeyId", filter.journeyId());
        } else if (filter.stageKey() != null) {
            throw ProblemException.invalid("stageKey", "needs journeyId: stage keys are unique within a journey only");
        }
        if (!filter.journeyIds().isEmpty()) {
            query.where("id in (select t.id from TouchpointEntity t join t.links l where l.journeyId in :journeyIds)",
                    "journeyIds", filter.journeyIds());
        }
        query.after(page.cursor());
        List<TouchpointEntity> rows = TouchpointEntity.<TouchpointEntity>find(query.hql(), query.params())
                .range(0, page.limit()).list();
        return Page.fromOverfetched(rows, page.limit(), e -> new Cursor(e.createdAt, e.id).encode())
                .map(TouchpointMapper::toView);
    }

    @Transactional
    public TouchpointView replace(UUID id, long expectedVersion, TouchpointInput input) {
        TouchpointEntity e = load(id);
        IfMatch.check(expectedVersion, e.version);
        TouchpointMapper.apply(input, e);
        e.updatedAt = Timestamps.now(clock);
        e.flush();
        return TouchpointMapper.toView(e);
    }

    /** Removes the touchpoint from the catalogue; interactions recorded at it stay (they are history). */
    @Transactional
    public void delete(UUID id, long expectedVersion) {
        TouchpointEntity e = load(id);
        IfMatch.check(expectedVersion, e.version);
        e.delete();
        e.flush();
    }

    private TouchpointEntity load(UUID id) {
        return TenantOwnedEntity.requireOwned(TouchpointEntity.<TouchpointEntity>findById(id), tenant.id(), "touchpoint", id);
    }
}
