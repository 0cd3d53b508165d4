package io.trailmap.feedback.service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Feedback stored before aspects existed listed its key words as {@code themes: [{word, …}]}; the records read
 * {@code themes} as the keys they list now. Once per database, at start-up, such lists become their words
 * (a replica that starts meanwhile rewrites the same words: harmless).
 */
@ApplicationScoped
public class LegacyThemes {

    static final String MIGRATION = "themes-as-keys";
    private static final Logger LOG = Logger.getLogger(LegacyThemes.class);

    private final Store store;

    public LegacyThemes(Store store) {
        this.store = store;
    }

    void migrate(@Observes @Priority(1) StartupEvent start) {
        if (store.migrations().find(Filters.eq("_id", MIGRATION)).first() != null) {
            return;
        }
        long rewritten = rewrite(store.responses()) + rewrite(store.reviews());
        store.migrations().insertOne(new Document("_id", MIGRATION).append("rewritten", rewritten));
        if (rewritten > 0) {
            LOG.infof("%d feedback documents: themes listed as their words", rewritten);
        }
    }

    private static long rewrite(MongoCollection<Document> collection) {
        long rewritten = 0;
        for (Document doc : collection.find(Filters.exists("themes.word"))) {
            List<String> words = doc.getList("themes", Object.class).stream()
                    .map(t -> t instanceof Document legacy ? legacy.getString("word") : String.valueOf(t)).toList();
            collection.updateOne(Filters.eq("_id", doc.get("_id")), Updates.set("themes", words));
            rewritten++;
        }
        return rewritten;
    }
}
