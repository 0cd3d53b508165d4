package io.trailmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A direct connection to the PostgreSQL a running service uses (its embedded one: port from postmaster.pid). */
final class Database {

    private Database() {
    }

    static Connection of(Path dataDir, String service) throws IOException, SQLException {
        Path pid = dataDir.resolve("postgres-" + service).resolve("postmaster.pid");
        int port = Integer.parseInt(Files.readAllLines(pid).get(3).strip());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
    }
}
