package io.trailmap.journey.migration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several replicas start at once in Kubernetes and each runs the migrations at start
 * (quarkus.flyway.migrate-at-start): Flyway's PostgreSQL advisory lock lets one migrate while the
 * others wait and then find nothing to do. Four concurrent migrations of a fresh database prove it.
 */
class ConcurrentMigrationTest {

    @Test
    void concurrentStartsMigrateOnceAndAllSucceed() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             ExecutorService replicas = Executors.newFixedThreadPool(4)) {
            DataSource database = postgres.getPostgresDatabase();
            CyclicBarrier together = new CyclicBarrier(4);
            List<Future<MigrateResult>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(replicas.submit(() -> {
                    together.await();
                    return Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/common", "classpath:db/webhooks")
                            .load().migrate();
                }));
            }
            int applied = 0;
            for (Future<MigrateResult> result : results) {
                MigrateResult migrate = result.get();
                assertThat(migrate.success).isTrue();
                applied += migrate.migrationsExecuted;
            }
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select count(*), count(distinct version), bool_and(success) from flyway_schema_history where version is not null")) {
                rows.next();
                assertThat(rows.getInt(1)).isGreaterThan(1).isEqualTo(rows.getInt(2)).isEqualTo(applied);
                assertThat(rows.getBoolean(3)).isTrue();
            }
        }
    }
}
