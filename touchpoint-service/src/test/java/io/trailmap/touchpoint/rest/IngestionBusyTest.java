package io.trailmap.touchpoint.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * A replica stores a bounded number of batches at once (here 1): one more is refused at once with 429
 * and Retry-After, stores nothing, and the batch in progress is stored whole.
 */
@QuarkusTest
@TestProfile(IngestionBusyTest.OneAtATime.class)
class IngestionBusyTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("io.trailmap.touchpoint.service.IngestionService/ingest/Bulkhead/value", "1");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private static List<Map<String, Object>> visit(UUID journey, String id) {
        return List.of(Api.event(id, id, journey, "a", UUID.randomUUID().toString(), "VIEW", Instant.parse("2026-03-01T10:00:00Z")));
    }

    @Test
    void aBatchBeyondWhatTheReplicaTakesAtOnceIsRefusedWithRetryAfterAndNothingOfItIsStored() throws Exception {
        String tenant = Api.newTenant();
        UUID journey = UUID.randomUUID();
        CompletableFuture<Integer> first;
        try (Connection holder = dataSource.getConnection(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("LOCK TABLE rollup_work IN EXCLUSIVE MODE");   // the first batch's work item waits for it
            first = CompletableFuture.supplyAsync(() -> Api.as(tenant, "ingest").body(visit(journey, "first"))
                    .post("/interactions").then().extract().statusCode());
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!waitingForTheLock(s)) {   // the exact condition: the first batch is inside, blocked on the lock
                assertThat(System.nanoTime()).as("first batch waits for the lock").isLessThan(deadline);
                Thread.sleep(5);
            }
            Api.as(tenant, "ingest").body(visit(journey, "second")).post("/interactions").then().statusCode(429)
                    .contentType("application/problem+json").header("Retry-After", "1").body("type", containsString("busy"));
            holder.rollback();
        }
        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(202);
        String ack = Api.as(tenant, "ingest").body(visit(journey, "third")).post("/interactions").then().statusCode(202)
                .extract().path("acknowledgedAt");
        Api.awaitCounted(tenant, ack);
        Api.as(tenant, "admin").get("/analytics/funnel?journeyId=" + journey + "&stages=a&source=RAW").then()
                .statusCode(200).body("stages[0].customers", is(2));   // first and third; the refused one not
    }

    private static boolean waitingForTheLock(Statement s) throws Exception {
        s.execute("SELECT pg_stat_clear_snapshot()");   // activity is otherwise read once per transaction
        // the store statement (the only one that inserts interactions), not the rollup worker's claim, which waits too
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND query LIKE '%INSERT INTO interactions%' AND pid <> pg_backend_pid()")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }
}
