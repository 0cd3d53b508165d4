package io.trailmap.feedback.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import io.trailmap.common.http.IfMatch;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.SurveyInput;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Survey definitions. Stored as the client's JSON plus id, tenant, version and timestamps. */
@ApplicationScoped
public class SurveyService {

    private final Store store;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final ObjectMapper json;

    public SurveyService(Store store, CurrentTenant tenant, Clock clock, ObjectMapper json) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.json = json;
    }

    public Map<String, Object> create(SurveyInput input) {
        Instant now = clock.instant();
        Document doc = content(input).append("_id", UUID.randomUUID().toString()).append("tenant", tenant.id())
                .append("createdAt", Docs.date(now)).append("updatedAt", Docs.date(now)).append("version", 0L);
        store.surveys().insertOne(doc);
        return view(doc);
    }

    public Map<String, Object> get(UUID id) {
        Document doc = findDocument(id);
        if (doc == null) {
            throw ProblemException.notFound("survey", id);
        }
        return view(doc);
    }

    /** The caller's survey document, or null. */
    public Document findDocument(UUID id) {
        return findDocument(tenant.id(), id);
    }

    public Document findDocument(String t, UUID id) {
        return store.surveys().find(Filters.and(Filters.eq("tenant", t), Filters.eq("_id", id.toString()))).first();
    }

    public Page<Map<String, Object>> list(String kind, Boolean active, PageRequest page) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("tenant", tenant.id())));
        if (kind != null) {
            filters.add(Filters.eq("kind", kind));
        }
        if (active != null) {
            filters.add(Filters.eq("active", active));
        }
        return MongoPages.page(store.surveys(), filters, "createdAt", page, SurveyService::view);
    }

    public Map<String, Object> replace(UUID id, long expectedVersion, SurveyInput input) {
        Document current = findDocument(id);
        if (current == null) {
            throw ProblemException.notFound("survey", id);
        }
        IfMatch.check(expectedVersion, current.getLong("version"));
        Document next = content(input).append("_id", id.toString()).append("tenant", tenant.id())
                .append("createdAt", current.getDate("createdAt")).append("updatedAt", Docs.date(clock.instant()))
                .append("version", expectedVersion + 1);
        var replaced = store.surveys().replaceOne(Filters.and(Filters.eq("tenant", tenant.id()),
                Filters.eq("_id", id.toString()), Filters.eq("version", expectedVersion)), next);
        if (replaced.getMatchedCount() == 0) {
            throw ProblemException.preconditionFailed("The survey was changed meanwhile. Read it again and retry.");
        }
        return view(next);
    }

    /** Deletes the definition; responses already given keep their surveyId. */
    public void delete(UUID id, long expectedVersion) {
        Document current = findDocument(id);
        if (current == null) {
            throw ProblemException.notFound("survey", id);
        }
        IfMatch.check(expectedVersion, current.getLong("version"));
        var deleted = store.surveys().deleteOne(Filters.and(Filters.eq("tenant", tenant.id()),
                Filters.eq("_id", id.toString()), Filters.eq("version", expectedVersion)));
        if (deleted.getDeletedCount() == 0) {
            throw ProblemException.preconditionFailed("The survey was changed meanwhile. Read it again and retry.");
        }
    }

    private Document content(SurveyInput input) {
        Document doc = Document.parse(toJson(input));
        doc.put("kind", input.kind().name());
        doc.put("active", input.active() == null || input.active());
        doc.put("journeyId", input.journeyId() == null ? null : input.journeyId().toString());
        doc.put("touchpointId", input.touchpointId() == null ? null : input.touchpointId().toString());
        return doc;
    }

    private String toJson(SurveyInput input) {
        try {
            return json.writeValueAsString(input);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> view(Document doc) {
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("id", doc.getString("_id"));
        doc.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals("tenant")) {
                view.put(field, value instanceof java.util.Date date ? date.toInstant().toString() : value);
            }
        });
        return view;
    }

    static long version(Map<String, Object> view) {
        return ((Number) view.get("version")).longValue();
    }
}
