package io.trailmap.touchpoint.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.util.List;

/**
 * The version of a tenant's rollups ({@code rollup_versions}), bumped in the transaction of every
 * change outside the rollup worker (which bumps it in its fold statement): erasure, retention. Analytics
 * cached at one version stay right until it changes, on every replica. These changes take data away,
 * so they start a new epoch too: nothing computed before them is answered again.
 */
@ApplicationScoped
public class RollupVersions {

    private static final String BUMP = """
            INSERT INTO rollup_versions AS v (tenant_id, version, epoch) VALUES (?, 1, 1)
            ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1, epoch = v.epoch + 1""";

    private final Sql sql;
    private final Event<RollupsChanged> changes;

    public RollupVersions(Sql sql, Event<RollupsChanged> changes) {
        this.sql = sql;
        this.changes = changes;
    }

    public void changed(String tenant) {
        sql.update(BUMP, List.of(tenant));
        changes.fire(new RollupsChanged(tenant));
    }

    /** Every tenant named in the temporary table {@code retention_keys}. */
    void changedForRetentionKeys() {
        sql.list("""
                INSERT INTO rollup_versions AS v (tenant_id, version, epoch)
                SELECT DISTINCT tenant_id, 1, 1 FROM retention_keys ORDER BY tenant_id
                ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1, epoch = v.epoch + 1
                RETURNING tenant_id""", List.of(), row -> row.getString("tenant_id"))
                .forEach(tenant -> changes.fire(new RollupsChanged(tenant)));
    }
}
