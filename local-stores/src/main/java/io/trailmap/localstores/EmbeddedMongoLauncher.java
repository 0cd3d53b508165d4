package io.trailmap.localstores;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.util.Optional;

/**
 * Local runs without a configured MongoDB: starts the MongoDB wire-protocol server
 * (mongo-java-server, H2-backed so data survives restarts) and points the client at it. A real
 * MongoDB is used whenever QUARKUS_MONGODB_CONNECTION_STRING (or the property) is set.
 */
public final class EmbeddedMongoLauncher {

    private static final String URL_PROPERTY = "quarkus.mongodb.connection-string";
    private static final String URL_ENV = "QUARKUS_MONGODB_CONNECTION_STRING";

    private EmbeddedMongoLauncher() {
    }

    /** The H2 store of the started server, or empty when a MongoDB is configured. */
    public static Optional<H2Backend> startUnlessConfigured(String service) {
        if (System.getProperty(URL_PROPERTY) != null || System.getenv(URL_ENV) != null) {
            return Optional.empty();
        }
        H2Backend backend = new H2Backend(LocalDataDir.of("mongo-" + service).resolve(service + ".mv").toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", LocalDataDir.port());
        LocalStoreShutdown.register(server::shutdown);
        System.setProperty(URL_PROPERTY, "mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        return Optional.of(backend);
    }
}
