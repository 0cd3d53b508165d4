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
 * Every fold logs, under the rollup version it makes, which customer journeys it changed, by how many touches and,
 * where they came before the journey's last, which touches (what a journey's kept analytics refresh from), and the log older than {@code trailmap.analytics.fold-log} is pruned.
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

        // a late event (before its customer's first) and one after its customer's last, in one fold: the late one's
        // touches logged, the other's only counted
        List<Map<String, Object>> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparing(e -> Instant.parse((String) e.get("occurredAt"))));
        Map<String, Object> late = new java.util.HashMap<>(sorted.getFirst());
        late.put("eventId", "late-1");
        late.put("occurredAt", Instant.parse((String) late.get("occurredAt")).minusSeconds(3600).toString());
        Map<String, Object> after = new java.util.HashMap<>(sorted.getLast());
        after.put("eventId", "after-1");
        after.put("occurredAt", Instant.parse((String) after.get("occurredAt")).plusSeconds(3600).toString());
        assertThat(after.get("customerId")).as("two customers").isNotEqualTo(late.get("customerId"));
        Api.awaitCounted(TENANT, Api.post(TENANT, List.of(late, after)));
        Object[] second = logged().getLast();
        Map<String, byte[]> lateTouches = new java.util.HashMap<>();
        for (int i = 0; i < ((String[]) second[1]).length; i++) {
            lateTouches.put(((String[]) second[1])[i], ((byte[][]) second[4])[i]);
            assertThat(((Integer[]) second[2])[i]).isEqualTo(1);
        }
        assertThat(lateTouches).containsOnlyKeys((String) late.get("customerId"), (String) after.get("customerId"));
        assertThat(lateTouches.get((String) after.get("customerId"))).as("appended after the last: only counted").isNull();
        assertThat(lateTouches.get((String) late.get("customerId"))).as("the late event's touch")
                .isEqualTo(touchOf("late-1"));

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
                "SELECT version, customers, added, unknown, late FROM rollup_folds WHERE tenant_id = ? ORDER BY version")) {
            read.setString(1, TENANT);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    rows.add(new Object[]{row.getLong(1), row.getArray(2).getArray(), row.getArray(3).getArray(), row.getBoolean(4),
                            row.getArray(5).getArray()});
                }
            }
        }
        return rows;
    }

    /** The touch of a stored event as the rollups keep it (SQL {@code touch_bytes}). */
    private byte[] touchOf(String eventId) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement read = connection.prepareStatement(
                "SELECT touch_bytes(occurred_at, touchpoint_id, stage_key, type, channel, variant) FROM interactions"
                        + " WHERE tenant_id = ? AND event_id = ?")) {
            read.setString(1, TENANT);
            read.setString(2, eventId);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBytes(1);
            }
        }
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
