package io.trailmap.touchpoint.ingest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fold reads each work item's events by one range of {@code (tenant_id, seq)} even in a generic plan
 * (what a prepared statement gets once PostgreSQL stops planning it per call) beside many tenants. With
 * the seq-only index of V6 such a plan ANDed the seq range with the primary key's tenant prefix and read
 * every key entry of the item's tenant for each item (bench/ingest-breakdown: 863 µs an event beside 1 000
 * tenants). Everything here is rolled back.
 */
@QuarkusTest
class FoldPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachItemIsReadByOneTenantAndSeqRangeInAGenericPlanBesideManyTenants() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                // many tenants, analysed: a generic plan then guesses a tenant's rows as 1 / their number
                s.execute("""
                        INSERT INTO interactions (id, tenant_id, event_id, customer_id, journey_id, stage_key, touchpoint_id,
                                                  type, occurred_at, received_at, seq)
                        SELECT gen_random_uuid(), 'fold-plan-' || (g % 500), 'e' || g, 'c' || g, gen_random_uuid(), 'a',
                               gen_random_uuid(), 'VIEW', now(), now(), 900000000 + g
                        FROM generate_series(1, 50000) g""");
                s.execute("ANALYZE interactions");
                s.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                s.execute("PREPARE fold_plan(text[], bigint[]) AS "
                        + SqlScripts.load("fold-rollup-work.sql").replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2"));
                String plan = plan(s, "EXPLAIN EXECUTE fold_plan('{fold-plan-1}', '{900000001}')");
                assertThat(plan).contains("interactions_tenant_seq on interactions").doesNotContain("interactions_pkey");
            } finally {
                connection.rollback();
                s.execute("DEALLOCATE ALL");
            }
        }
    }

    private static String plan(Statement s, String explain) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = s.executeQuery(explain)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
