package io.trailmap.feedback;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.trailmap.localstores.EmbeddedMongoLauncher;

/** Starts the embedded MongoDB wire-protocol server first when no MongoDB is configured (local runs). */
@QuarkusMain
public class FeedbackServiceMain {

    public static void main(String... args) {
        EmbeddedMongoLauncher.startUnlessConfigured("feedback").ifPresent(EmbeddedMongoDurability::commitAfterWrites);
        Quarkus.run(args);
    }
}
