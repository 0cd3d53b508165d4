package io.trailmap.feedback;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.quarkus.runtime.Quarkus;
import io.trailmap.common.local.LocalStoreShutdown;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Local runs without a configured MongoDB: starts the MongoDB wire-protocol server
 * (mongo-java-server, H2-backed so data survives restarts) and points the client at it. A real
 * MongoDB is used whenever QUARKUS_MONGODB_CONNECTION_STRING (or the property) is set.
 */
@QuarkusMain
public class FeedbackServiceMain {

    public static void main(String... args) {
        if (System.getProperty("quarkus.mongodb.connection-string") == null
                && System.getenv("QUARKUS_MONGODB_CONNECTION_STRING") == null) {
            startEmbeddedMongo();
        }
        Quarkus.run(args);
    }

    private static void startEmbeddedMongo() {
        Path dir = Path.of(System.getProperty("trailmap.data-dir",
                System.getenv().getOrDefault("TRAILMAP_DATA_DIR", ".local/data")), "mongo-feedback");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        H2Backend backend = new H2Backend(dir.resolve("feedback.mv").toString());
        EmbeddedMongoDurability.commitAfterWrites(backend);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        LocalStoreShutdown.register(server::shutdown);
        System.setProperty("quarkus.mongodb.connection-string", "mongodb://127.0.0.1:" + address.getPort());
    }
}
