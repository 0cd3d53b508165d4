package io.trailmap.localstores;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Local runs without a configured database: starts real PostgreSQL binaries (from Maven Central)
 * on a data directory that survives restarts, and points Quarkus at it. Never used when a JDBC
 * URL is configured, which is how every real deployment runs.
 */
public final class EmbeddedPostgresLauncher {

    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";

    private EmbeddedPostgresLauncher() {
    }

    /** Starts an embedded PostgreSQL for {@code service} unless a JDBC URL is configured. */
    public static void startUnlessConfigured(String service) {
        if (System.getProperty(URL_PROPERTY) != null || System.getenv(URL_ENV) != null) {
            return;
        }
        Path dataDir = LocalDataDir.of("postgres-" + service);
        try {
            stopOrphan(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (LocalDataDir.port() > 0) {
                builder.setPort(LocalDataDir.port());
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // zonky turns synchronous_commit off for tests; a local run keeps what it acknowledged
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            LocalStoreShutdown.register(() -> closeQuietly(postgres));
            System.setProperty(URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * After a crash (kill -9 of the service) its PostgreSQL lives on, detached, and holds the data
     * directory; the next start stops it first (it has no clients left) instead of failing on its lock.
     */
    private static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        } catch (RuntimeException unreadable) {
            return;
        }
        ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false)).ifPresent(orphan -> {
            orphan.destroy();
            if (orphan.onExit().completeOnTimeout(orphan, 30, TimeUnit.SECONDS).join().isAlive()) {
                orphan.destroyForcibly();
            }
        });
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // shutting down anyway
        }
    }
}
