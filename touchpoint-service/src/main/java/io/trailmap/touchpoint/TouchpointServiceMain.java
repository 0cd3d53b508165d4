package io.trailmap.touchpoint;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.trailmap.localstores.EmbeddedPostgresLauncher;

/** Starts an embedded PostgreSQL first when no database URL is configured (local runs). */
@QuarkusMain
public class TouchpointServiceMain {

    public static void main(String... args) {
        EmbeddedPostgresLauncher.startUnlessConfigured("touchpoint");
        Quarkus.run(args);
    }
}
