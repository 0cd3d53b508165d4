package io.trailmap.localstores;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.util.Optional;

/**
 * Local runs without a configured MongoDB: starts the MongoDB wire-protocol server
 * (mongo-java-server, H2-backed so data survives restarts) and points the client at it. A real
 * MongoDB is used whenever QUARKUS_MONGODB_CONNECTION_STRING (or the property) is set.
 */
public final class EmbeddedMongoLauncher {

    private static final String URL_PROPERTY = "quarkus.mongodb.connection-string";
    private static final String URL_ENV = "QUARKUS_MONGODB_CONNECTION_STRING";
    private static final String BACKEND_PROPERTY = "trailmap.embedded-mongo.backend";
    private static final String BACKEND_ENV = "TRAILMAP_EMBEDDED_MONGO_BACKEND";

    private EmbeddedMongoLauncher() {
    }

    /**
     * The H2 store of the started server, or empty when a MongoDB is configured or the server keeps its data
     * in memory only ({@code TRAILMAP_EMBEDDED_MONGO_BACKEND=memory}: nothing survives a restart; for
     * measuring the service without the H2 store's cost).
     */
    public static Optional<H2Backend> startUnlessConfigured(String service) {
        if (System.getProperty(URL_PROPERTY) != null || System.getenv(URL_ENV) != null) {
            return Optional.empty();
        }
        boolean inMemory = "memory".equalsIgnoreCase(System.getProperty(BACKEND_PROPERTY, System.getenv(BACKEND_ENV)));
        H2Backend backend = inMemory ? null : new H2Backend(LocalDataDir.of("mongo-" + service).resolve(service + ".mv").toString());
        MongoServer server = new MongoServer(inMemory ? new MemoryBackend() : backend);
        server.bind("127.0.0.1", LocalDataDir.port());
        LocalStoreShutdown.register(server::shutdown);
        System.setProperty(URL_PROPERTY, "mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        return Optional.ofNullable(backend);
    }
}
