package io.trailmap.feedback;

import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.quarkus.mongodb.runtime.MongoClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Local runs only: the embedded wire-protocol server's H2 store commits to its file about once a
 * second, so a crash could lose writes the service had already acknowledged. When that store is in
 * use, every successful write command commits it before the driver returns — before the HTTP answer.
 * A real MongoDB (journaled writes) needs none of this and gets no listener.
 */
@ApplicationScoped
public class EmbeddedMongoDurability implements MongoClientCustomizer {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify", "createIndexes", "drop");
    private static volatile H2Backend backend;

    public static void commitAfterWrites(H2Backend store) {
        backend = store;
    }

    @Override
    public MongoClientSettings.Builder customize(MongoClientSettings.Builder builder) {
        H2Backend store = backend;
        if (store == null) {
            return builder;
        }
        return builder.addCommandListener(new CommitAfterWrites(store));
    }

    @jakarta.enterprise.inject.Vetoed
    private record CommitAfterWrites(H2Backend store) implements CommandListener {

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            if (WRITES.contains(event.getCommandName())) {
                store.commit();
            }
        }
    }
}
