package io.trailmap.touchpoint.service;

import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.api.ErasureAuditView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The tenant's record of erasures: written in the erasing transaction, read by admins. */
@ApplicationScoped
public class ErasureAudit {

    private final Sql sql;
    private final CurrentTenant tenant;
    private final Clock clock;

    public ErasureAudit(Sql sql, CurrentTenant tenant, Clock clock) {
        this.sql = sql;
        this.tenant = tenant;
        this.clock = clock;
    }

    ErasureAuditView record(int interactions, int stageProgress, int journeys) {
        ErasureAuditView entry = new ErasureAuditView(UUID.randomUUID(), tenant.subject(), clock.instant(), interactions, stageProgress, journeys);
        sql.update("INSERT INTO erasure_audit (id, tenant_id, erased_by, erased_at, interactions, stage_progress, journeys)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                List.of(entry.id(), tenant.id(), entry.erasedBy(), entry.erasedAt(), interactions, stageProgress, journeys));
        return entry;
    }

    public List<ErasureAuditView> recent(int limit) {
        return sql.list("SELECT * FROM erasure_audit WHERE tenant_id = ? ORDER BY erased_at DESC LIMIT ?", List.of(tenant.id(), limit),
                row -> new ErasureAuditView(row.getObject("id", UUID.class), row.getString("erased_by"), Sql.instant(row, "erased_at"),
                        row.getInt("interactions"), row.getInt("stage_progress"), row.getInt("journeys")));
    }
}
