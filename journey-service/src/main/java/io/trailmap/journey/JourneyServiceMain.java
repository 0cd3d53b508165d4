package io.trailmap.journey;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.trailmap.localstores.EmbeddedPostgresLauncher;

/** Starts an embedded PostgreSQL first when no database URL is configured (local runs). */
@QuarkusMain
public class JourneyServiceMain {

    public static void main(String... args) {
        EmbeddedPostgresLauncher.startUnlessConfigured("journey");
        Quarkus.run(args);
    }
}
