package io.trailmap.touchpoint.service;

import io.trailmap.common.paging.Cursor;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.touchpoint.api.ErasureAuditView;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    ErasureAuditView record(String customerDigest, int interactions, int stageProgress, int journeys) {
        // as PostgreSQL keeps it (microseconds), so that a repeated erasure answers the very same receipt
        Instant erasedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ErasureAuditView entry = new ErasureAuditView(UUID.randomUUID(), tenant.subject(), erasedAt, interactions, stageProgress, journeys);
        sql.update("INSERT INTO erasure_audit (id, tenant_id, erased_by, erased_at, interactions, stage_progress, journeys, customer_digest)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                List.of(entry.id(), tenant.id(), entry.erasedBy(), entry.erasedAt(), interactions, stageProgress, journeys, customerDigest));
        return entry;
    }

    /** The latest erasure of the customer with this digest, if the tenant erased them before. */
    Optional<ErasureAuditView> latestOf(String customerDigest) {
        return sql.list("SELECT * FROM erasure_audit WHERE tenant_id = ? AND customer_digest = ? ORDER BY erased_at DESC LIMIT 1",
                List.of(tenant.id(), customerDigest), ErasureAudit::view).stream().findFirst();
    }

    /** The tenant's erasures, newest first, a page at a time. */
    public Page<ErasureAuditView> recent(PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(tenant.id()));
        String before = "";
        if (page.cursor() != null) {
            before = " AND (erased_at, id) < (?, ?)";
            params.addAll(List.of(page.cursor().after(), page.cursor().afterId()));
        }
        params.add(page.fetchSize());
        List<ErasureAuditView> rows = sql.list("SELECT * FROM erasure_audit WHERE tenant_id = ?" + before
                + " ORDER BY erased_at DESC, id DESC LIMIT ?", params, ErasureAudit::view);
        return Page.fromOverfetched(rows, page.limit(), e -> new Cursor(e.erasedAt(), e.id()).encode());
    }

    private static ErasureAuditView view(ResultSet row) throws SQLException {
        return new ErasureAuditView(row.getObject("id", UUID.class), row.getString("erased_by"), Sql.instant(row, "erased_at"),
                row.getInt("interactions"), row.getInt("stage_progress"), row.getInt("journeys"));
    }
}
