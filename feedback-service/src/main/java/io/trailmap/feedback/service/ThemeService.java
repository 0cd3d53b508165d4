package io.trailmap.feedback.service;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import io.trailmap.common.http.IfMatch;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.ThemeInput;
import io.trailmap.feedback.api.ThemesInput;
import io.trailmap.feedback.api.ThemesView;
import io.trailmap.feedback.text.AspectDefinition;
import io.trailmap.feedback.text.AspectMatcher;
import io.trailmap.feedback.text.AspectTaxonomy;
import io.trailmap.feedback.text.TextAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's themes (one document per tenant, keyed by it) and the taxonomy its comments are read
 * with. The compiled taxonomy is kept per tenant and version; a replica checks the stored version at
 * most once per {@link #RECHECK}, so a PUT takes effect at once on the replica that stored it and
 * within that interval on the others.
 */
@ApplicationScoped
public class ThemeService {

    static final Duration RECHECK = Duration.ofSeconds(1);

    private record Compiled(long version, AspectMatcher matcher, Instant checkedAt) {
    }

    private final Store store;
    private final CurrentTenant tenant;
    private final TextAnalysis analysis;
    private final Clock clock;
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    public ThemeService(Store store, CurrentTenant tenant, TextAnalysis analysis, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.analysis = analysis;
        this.clock = clock;
    }

    public ThemesView get() {
        return view(store.themes().find(Filters.eq("_id", tenant.id())).first());
    }

    public ThemesView replace(long expectedVersion, ThemesInput input) {
        var errors = ThemeRules.check(input);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        String t = tenant.id();
        Document current = store.themes().find(Filters.eq("_id", t)).first();
        IfMatch.check(expectedVersion, current == null ? 0 : current.getLong("version"));
        Document next = new Document("_id", t).append("tenant", t).append("version", expectedVersion + 1)
                .append("themes", input.themes().stream().map(ThemeService::document).toList())
                .append("updatedAt", Docs.date(clock.instant()));
        boolean stored;
        if (current == null) {
            stored = insert(next);
        } else {
            stored = store.themes().replaceOne(Filters.and(Filters.eq("_id", t), Filters.eq("version", expectedVersion)), next)
                    .getMatchedCount() == 1;
        }
        if (!stored) {
            throw ProblemException.preconditionFailed("The themes were changed meanwhile: read them again and apply your change to that version");
        }
        compiled.remove(t);
        return view(next);
    }

    /** The taxonomy the tenant's comments are read with now. */
    public AspectMatcher matcher(String t) {
        Instant now = clock.instant();
        Compiled known = compiled.get(t);
        if (known != null && known.checkedAt().plus(RECHECK).isAfter(now)) {
            return known.matcher();
        }
        Document doc = store.themes().find(Filters.eq("_id", t)).first();
        long version = doc == null ? 0 : doc.getLong("version");
        AspectMatcher matcher = known != null && known.version() == version ? known.matcher() : analysis.matcher(definitions(doc));
        compiled.put(t, new Compiled(version, matcher, now));
        return matcher;
    }

    private boolean insert(Document doc) {
        try {
            store.themes().insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static Document document(ThemeInput theme) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        theme.terms().forEach((language, list) -> terms.put(language, list == null ? List.of() : list.stream().map(String::strip).toList()));
        return new Document("key", theme.key()).append("label", theme.label() == null || theme.label().isBlank() ? null : theme.label().strip())
                .append("terms", new Document(new LinkedHashMap<>(terms)));
    }

    private static List<AspectDefinition> definitions(Document doc) {
        if (doc == null) {
            return List.of();
        }
        return Docs.<Document>list(doc, "themes").stream().map(t -> {
            Map<String, List<String>> terms = new LinkedHashMap<>();
            Document stored = t.get("terms", Document.class);
            stored.keySet().forEach(language -> terms.put(language, stored.getList(language, String.class)));
            return new AspectDefinition(t.getString("key"), t.getString("label"), terms);
        }).toList();
    }

    private static ThemesView view(Document doc) {
        List<ThemesView.Theme> own = definitions(doc).stream().map(ThemeService::view).toList();
        List<ThemesView.Theme> builtIn = AspectTaxonomy.builtIn().aspects().stream().map(ThemeService::view).toList();
        return new ThemesView(doc == null ? 0 : doc.getLong("version"), own, builtIn, doc == null ? null : Docs.instant(doc, "updatedAt"));
    }

    private static ThemesView.Theme view(AspectDefinition a) {
        return new ThemesView.Theme(a.key(), a.label(), a.terms());
    }
}
