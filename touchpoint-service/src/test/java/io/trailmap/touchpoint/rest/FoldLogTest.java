package io.trailmap.touchpoint.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.touchpoint.ingest.FoldLogPruning;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fold logs, under the rollup version it makes, which customer journeys it changed and by how many touches
 * (what a journey's kept analytics refresh from), and the log older than {@code trailmap.analytics.fold-log} is pruned.
 */
@QuarkusTest
class FoldLogTest {

    private static final String TENANT = "fold-log";

    @Inject
    AgroalDataSource db;

    @Inject
    FoldLogPruning pruning;

    @Test
    void eachFoldLogsTheCustomerJourneysItChangedAndTheOldLogIsPruned() throws Exception {
        Api.Traffic traffic = Api.Traffic.generated(7, 40, Instant.parse("2026-02-01T00:00:00Z"));
        List<Map<String, Object>> events = new ArrayList<>(traffic.events());
        Api.awaitCounted(TENANT, Api.post(TENANT, events));
        Map<String, Integer> perCustomer = new java.util.HashMap<>();
        events.forEach(e -> perCustomer.merge((String) e.get("customerId"), 1, Integer::sum));

        List<Object[]> logged = logged();
        assertThat(logged).as("one fold of one batch").hasSize(1);
        Object[] fold = logged.getFirst();
        assertThat((Boolean) fold[3]).as("nothing late: every touch appended").isFalse();
        String[] customers = (String[]) fold[1];
        Integer[] added = (Integer[]) fold[2];
        Map<String, Integer> loggedPerCustomer = new java.util.HashMap<>();
        for (int i = 0; i < customers.length; i++) {
            loggedPerCustomer.put(customers[i], added[i]);
        }
        assertThat(loggedPerCustomer).isEqualTo(perCustomer);
        assertThat(version()).as("logged under the version the fold made").isEqualTo((Long) fold[0]);

        assertThat(pruning.prune()).as("nothing older than fold-log yet").isZero();
        age("1 hour");
        Api.awaitCounted(TENANT, Api.post(TENANT, List.of(Api.Traffic.generated(8, 1, Instant.parse("2026-03-01T00:00:00Z"))
                .events().getFirst())));
        assertThat(pruning.prune()).isPositive();
        Set<Long> left = new HashSet<>();
        logged().forEach(row -> left.add((Long) row[0]));
        assertThat(left).as("only the fold younger than fold-log is left").containsExactly(version());
    }

    private List<Object[]> logged() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement read = connection.prepareStatement(
                "SELECT version, customers, added, unknown FROM rollup_folds WHERE tenant_id = ? ORDER BY version")) {
            read.setString(1, TENANT);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    rows.add(new Object[]{row.getLong(1), row.getArray(2).getArray(), row.getArray(3).getArray(), row.getBoolean(4)});
                }
            }
        }
        return rows;
    }

    private long version() throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement read = connection.prepareStatement(
                "SELECT version FROM rollup_versions WHERE tenant_id = ?")) {
            read.setString(1, TENANT);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void age(String by) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement age = connection.prepareStatement(
                "UPDATE rollup_folds SET folded_at = folded_at - ?::interval WHERE tenant_id = ?")) {
            age.setString(1, by);
            age.setString(2, TENANT);
            assertThat(age.executeUpdate()).isPositive();
        }
    }
}
