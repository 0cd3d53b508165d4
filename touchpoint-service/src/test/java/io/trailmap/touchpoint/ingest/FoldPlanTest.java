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

    /**
     * A fold of many customer journeys logs what it changed without joining two of its own CTEs (PostgreSQL
     * cannot estimate them and planned that join as a nested loop: 400 M comparisons, 70 s, for 20 000
     * customers): no CTE is read more than once per tenant. Half the customers already have a later
     * touch, so their touches are logged as late, each beside its own customer.
     */
    @Test
    void aFoldOfManyCustomersReadsEachOfItsStepsOnceAndLogsEachLateTouchBesideItsCustomer() throws Exception {
        int customers = 20_000;
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                s.execute("""
                        INSERT INTO interactions (id, tenant_id, event_id, customer_id, journey_id, stage_key, touchpoint_id,
                                                  type, occurred_at, received_at, seq)
                        SELECT gen_random_uuid(), 'fold-wide', 'e' || g, 'c' || g, '00000000-0000-0000-0000-000000000001', 'a',
                               gen_random_uuid(), 'VISIT', now() - interval '1 hour', now(), 910000000 + g
                        FROM generate_series(1, %d) g""".formatted(customers));
                s.execute("""
                        INSERT INTO customer_journeys (tenant_id, journey_id, customer_id, first_seen_at, last_seen_at,
                                                       interactions, conversions, touches)
                        SELECT 'fold-wide', '00000000-0000-0000-0000-000000000001', 'c' || g, now(), now(), 0, 0, ''::bytea
                        FROM generate_series(2, %d, 2) g""".formatted(customers));
                s.execute("INSERT INTO rollup_work (tenant_id, first_seq, last_seq, events, queued_at) "
                        + "VALUES ('fold-wide', 910000001, " + (910_000_000 + customers) + ", " + customers + ", now())");
                s.execute("PREPARE fold_wide(text[], bigint[]) AS "
                        + SqlScripts.load("fold-rollup-work.sql").replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2"));
                String plan = plan(s, "EXPLAIN (ANALYZE, TIMING OFF) EXECUTE fold_wide('{fold-wide}', '{910000001}')");

                assertThat(plan.lines().filter(line -> line.contains("CTE Scan on")))
                        .as(plan).isNotEmpty().allSatisfy(line -> assertThat(line).endsWith("loops=1)"));
                try (ResultSet log = s.executeQuery("""
                        SELECT count(*) AS journeys,
                               count(*) FILTER (WHERE touches IS NOT NULL) AS late,
                               count(*) FILTER (WHERE (touches IS NOT NULL) <> (substr(customer, 2)::int % 2 = 0)) AS misplaced,
                               count(*) FILTER (WHERE touches IS NOT NULL AND touches <> (
                                   SELECT touch_bytes(i.occurred_at, i.touchpoint_id, i.stage_key, i.type, i.channel, i.variant)
                                   FROM interactions i WHERE i.tenant_id = 'fold-wide' AND i.customer_id = customer)) AS wrong
                        FROM rollup_folds f, unnest(f.customers, f.late) AS z(customer, touches)
                        WHERE f.tenant_id = 'fold-wide'""")) {
                    log.next();
                    assertThat(log.getInt("journeys")).isEqualTo(customers);
                    assertThat(log.getInt("late")).isEqualTo(customers / 2);
                    assertThat(log.getInt("misplaced")).isZero();
                    assertThat(log.getInt("wrong")).isZero();
                }
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
