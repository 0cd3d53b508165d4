package io.trailmap.localstores;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Local runs without a configured database: starts real PostgreSQL binaries (from Maven Central)
 * on a data directory that survives restarts, and points Quarkus at it. Never used when a JDBC
 * URL is configured, which is how every real deployment runs. Server settings can be given as
 * {@code trailmap.embedded-postgres.settings} / {@code TRAILMAP_EMBEDDED_POSTGRES_SETTINGS}
 * ({@code name=value,name=value}, e.g. {@code shared_buffers=1GB,max_wal_size=8GB}); they apply at
 * every start (the benchmark runs its database with the settings k8s/README.md recommends).
 */
public final class EmbeddedPostgresLauncher {

    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    private static final String SETTINGS_PROPERTY = "trailmap.embedded-postgres.settings";
    private static final String SETTINGS_ENV = "TRAILMAP_EMBEDDED_POSTGRES_SETTINGS";

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
            builder.setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // zonky turns synchronous_commit off and starts postgres with -F (fsync off) for tests; a local
                    // run keeps what it acknowledged (a -c given after -F wins)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on");
            settings(System.getProperty(SETTINGS_PROPERTY, System.getenv(SETTINGS_ENV))).forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            LocalStoreShutdown.register(() -> closeQuietly(postgres));
            System.setProperty(URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** {@code name=value,name=value} (blank: none) as server settings in their order. */
    static Map<String, String> settings(String list) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (list == null || list.isBlank()) {
            return settings;
        }
        for (String setting : list.split(",")) {
            int eq = setting.indexOf('=');
            String name = eq < 0 ? "" : setting.substring(0, eq).strip();
            String value = eq < 0 ? "" : setting.substring(eq + 1).strip();
            // pg_ctl passes the settings to postgres as one space-separated option string
            if (!name.matches("[a-z_.]+") || value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(SETTINGS_PROPERTY + ": expected name=value,name=value (no spaces in values) but found '"
                        + setting + "'");
            }
            settings.put(name, value);
        }
        return settings;
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
