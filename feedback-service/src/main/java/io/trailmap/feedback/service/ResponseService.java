package io.trailmap.feedback.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import io.trailmap.common.batch.BatchItems;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.FieldError;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.ResponseInput;
import io.trailmap.feedback.api.ResponseView;
import io.trailmap.feedback.api.SubmissionResult;
import io.trailmap.feedback.scoring.Category;
import io.trailmap.feedback.scoring.Kind;
import io.trailmap.feedback.webhook.FeedbackEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Survey responses: scored, analysed and deduplicated on the way in; unhappy ones open a follow-up. */
@ApplicationScoped
public class ResponseService {

    public static final int MAX_BATCH = 1_000;
    private static final int DUPLICATE_KEY = 11000;

    private final Store store;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final ObjectMapper json;
    private final Validator validator;
    private final Comments comments;
    private final SurveyService surveys;
    private final FollowUpService followUps;
    private final FeedbackMeters meters;
    private final FeedbackQuota quota;
    private final FeedbackEvents events;
    private final SummaryBuckets buckets;

    public ResponseService(Store store, CurrentTenant tenant, Clock clock, ObjectMapper json, Validator validator,
                           Comments comments, SurveyService surveys, FollowUpService followUps, FeedbackMeters meters,
                           FeedbackQuota quota, FeedbackEvents events, SummaryBuckets buckets) {
        this.buckets = buckets;
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.json = json;
        this.validator = validator;
        this.comments = comments;
        this.surveys = surveys;
        this.followUps = followUps;
        this.meters = meters;
        this.quota = quota;
        this.events = events;
    }

    /** Filters of the response list; null means "any". */
    public record Filter(String journeyId, String stageKey, String touchpointId, String customerId, Kind kind,
                         Category category, Instant from, Instant to) {
    }

    public SubmissionResult submit(JsonNode body) {
        return submit(tenant.id(), body);
    }

    /**
     * A submission for the given tenant, also outside a request (a file import). Every lookup goes through
     * {@code _id} ({@link FeedbackIds}): the batch's duplicates in one query, its new responses in one insert,
     * their summary buckets in one bulk write and their follow-ups in another.
     */
    public SubmissionResult submit(String t, JsonNode body) {
        Map<UUID, Document> surveyCache = new HashMap<>();
        BatchItems.Result<ResponseInput> batch = BatchItems.read(body, "responses", MAX_BATCH, ResponseInput.class,
                "responseId", json, validator, input -> check(t, input, surveyCache));
        quota.take(t, batch.valid().size() + batch.rejected().size());
        Instant now = clock.instant();
        Map<String, Document> stored = storedAmong(t, batch.valid());

        FeedbackEvents.Tenant tenantEvents = events.of(t);
        Map<String, Document> fresh = new LinkedHashMap<>();
        List<FollowUpService.Source> cases = new ArrayList<>();
        for (BatchItems.Valid<ResponseInput> v : batch.valid()) {
            String responseId = v.item().responseId();
            if (!stored.containsKey(responseId) && !fresh.containsKey(responseId)) {
                Document doc = toDocument(v.item(), surveyCache.get(v.item().surveyId()), t, now, tenantEvents);
                followUps.caseFor("RESPONSE", doc).ifPresent(source -> {
                    doc.append("followUpId", FollowUpService.idOf(t, source));
                    cases.add(source);
                });
                fresh.put(responseId, doc);
            }
        }
        Set<String> lostRace = insert(fresh.values());
        for (String responseId : lostRace) {   // stored meanwhile by a concurrent submission (or before ids were derived)
            Document mine = fresh.remove(responseId);
            Document theirs = store.responses().find(new Document("tenant", t).append("responseId", responseId)).first();
            stored.put(responseId, theirs == null ? mine : theirs);
            cases.removeIf(source -> source.id().equals(mine.getString("_id")));
        }
        buckets.add(SummaryBuckets.Source.RESPONSE, List.copyOf(fresh.values()));
        completeCasesOfDuplicates(t, stored.values(), cases);
        followUps.openAll(t, cases, tenantEvents);

        List<SubmissionResult.Item> results = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (BatchItems.Valid<ResponseInput> v : batch.valid()) {
            String responseId = v.item().responseId();
            boolean isNew = fresh.containsKey(responseId) && reported.add(responseId);
            Document doc = isNew ? fresh.get(responseId) : stored.getOrDefault(responseId, fresh.get(responseId));
            if (isNew) {
                meters.accepted(doc);
            }
            results.add(new SubmissionResult.Item(v.index(), responseId, doc.getString("_id"), isNew ? "ACCEPTED" : "DUPLICATE",
                    doc.getString("category"), doc.getString("language"), Comments.sentiment(doc), Comments.themes(doc),
                    Comments.aspects(doc), doc.getString("followUpId")));
        }
        int accepted = fresh.size();
        meters.duplicates(batch.valid().size() - accepted);
        meters.rejected(batch.rejected().size());
        return new SubmissionResult(accepted, batch.valid().size() - accepted, batch.rejected(), results);
    }

    /** The batch's responses stored before, by responseId: one query by _id. */
    private Map<String, Document> storedAmong(String t, List<BatchItems.Valid<ResponseInput>> valid) {
        Set<String> ids = new HashSet<>();
        valid.forEach(v -> ids.add(FeedbackIds.response(t, v.item().responseId())));
        Map<String, Document> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            store.responses().find(Filters.in("_id", ids)).forEach(d -> stored.put(d.getString("responseId"), d));
        }
        return stored;
    }

    /**
     * A duplicate completes what a crash may have cut short: its case is opened again (a no-op when it
     * exists); a response stored unhappy without a case (before cases were opened with it) gets one now.
     */
    private void completeCasesOfDuplicates(String t, Iterable<Document> duplicates, List<FollowUpService.Source> cases) {
        for (Document doc : duplicates) {
            followUps.caseFor("RESPONSE", doc).ifPresent(source -> {
                if (doc.getString("followUpId") == null) {
                    String id = followUps.open(t, source);
                    store.responses().updateOne(Filters.eq("_id", doc.getString("_id")), Updates.set("followUpId", id));
                    doc.append("followUpId", id);
                } else if (doc.getString("followUpId").equals(FollowUpService.idOf(t, source))) {
                    cases.add(source);
                }
            });
        }
    }

    public Page<ResponseView> list(Filter filter, PageRequest page) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("tenant", tenant.id())));
        addIfPresent(filters, "journeyId", filter.journeyId());
        addIfPresent(filters, "stageKey", filter.stageKey());
        addIfPresent(filters, "touchpointId", filter.touchpointId());
        addIfPresent(filters, "customerId", filter.customerId());
        addIfPresent(filters, "kind", filter.kind() == null ? null : filter.kind().name());
        addIfPresent(filters, "category", filter.category() == null ? null : filter.category().name());
        if (filter.from() != null) {
            filters.add(Filters.gte("submittedAt", Docs.date(filter.from())));
        }
        if (filter.to() != null) {
            filters.add(Filters.lt("submittedAt", Docs.date(filter.to())));
        }
        return MongoPages.page(store.responses(), filters, "submittedAt", page, ResponseService::view);
    }

    private List<FieldError> check(String t, ResponseInput input, Map<UUID, Document> surveyCache) {
        List<FieldError> errors = new ArrayList<>();
        Document survey = null;
        if (input.surveyId() != null) {
            survey = surveyCache.computeIfAbsent(input.surveyId(), id -> surveys.findDocument(t, id));
            if (survey == null) {
                return List.of(new FieldError("surveyId", "no survey with id " + input.surveyId()));
            }
        }
        Kind kind = kindOf(input, survey);
        if (kind == null) {
            return List.of(new FieldError("kind", "is required when no surveyId is given"));
        }
        if (kind.scored() && input.score() == null) {
            errors.add(new FieldError("score", "is required for " + kind));
        } else if (kind.scored() && (input.score() < kind.min() || input.score() > kind.max())) {
            errors.add(new FieldError("score", "must be between " + kind.min() + " and " + kind.max() + " for " + kind));
        }
        if (input.submittedAt() != null && input.submittedAt().isAfter(clock.instant().plus(Duration.ofHours(1)))) {
            errors.add(new FieldError("submittedAt", "is in the future"));
        }
        return errors;
    }

    private static Kind kindOf(ResponseInput input, Document survey) {
        if (input.kind() != null) {
            return input.kind();
        }
        return survey == null ? null : Kind.valueOf(survey.getString("kind"));
    }

    /** The stored response; an unhappy one carries its feedback.detractor event (written with it: the outbox). */
    private Document toDocument(ResponseInput input, Document survey, String t, Instant now, FeedbackEvents.Tenant tenantEvents) {
        Kind kind = kindOf(input, survey);
        Category category = kind.scored() ? Category.of(kind, input.score()) : null;
        Document doc = new Document("_id", FeedbackIds.response(t, input.responseId())).append("tenant", t)
                .append("responseId", input.responseId())
                .append("surveyId", input.surveyId() == null ? null : input.surveyId().toString())
                .append("kind", kind.name()).append("score", input.score())
                .append("category", category == null ? null : category.name())
                .append("customerId", input.customerId())
                .append("journeyId", idOr(input.journeyId(), survey, "journeyId"))
                .append("stageKey", input.stageKey() != null ? input.stageKey() : survey == null ? null : survey.getString("stageKey"))
                .append("touchpointId", idOr(input.touchpointId(), survey, "touchpointId"))
                .append("channel", input.channel()).append("answers", input.answers() == null ? null : new Document(input.answers()))
                .append("submittedAt", Docs.date(input.submittedAt() == null ? now : input.submittedAt()))
                .append("receivedAt", Docs.date(now));
        String hint = input.language() != null ? input.language() : survey == null ? null : survey.getString("defaultLanguage");
        comments.analyse(input.comment(), hint, doc);
        doc.append("negative", UnhappyFeedbackPolicy.negative(doc));
        if (category != null && category.unhappy()) {
            tenantEvents.event("feedback.detractor", detractorData(doc)).ifPresent(e -> doc.append(FeedbackEvents.OUTBOX, List.of(e)));
        }
        return doc;
    }

    private static Map<String, Object> detractorData(Document doc) {
        return FeedbackEvents.data("id", doc.getString("_id"), "responseId", doc.getString("responseId"), "kind", doc.getString("kind"),
                "score", doc.getInteger("score"), "category", doc.getString("category"), "comment", doc.getString("comment"),
                "language", doc.getString("language"), "customerId", doc.getString("customerId"), "journeyId", doc.getString("journeyId"),
                "stageKey", doc.getString("stageKey"), "touchpointId", doc.getString("touchpointId"), "channel", doc.getString("channel"),
                "submittedAt", String.valueOf(Docs.instant(doc, "submittedAt")));
    }

    private static String idOr(UUID given, Document survey, String field) {
        return given != null ? given.toString() : survey == null ? null : survey.getString(field);
    }

    /** Inserts all; answers the responseIds that a concurrent submission stored first. */
    private Set<String> insert(java.util.Collection<Document> fresh) {
        Set<String> lost = new HashSet<>();
        List<Document> docs = List.copyOf(fresh);
        if (docs.isEmpty()) {
            return lost;
        }
        try {
            store.responses().insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (var error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                lost.add(docs.get(error.getIndex()).getString("responseId"));
            }
        }
        return lost;
    }

    private static void addIfPresent(List<Bson> filters, String field, String value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }

    static ResponseView view(Document d) {
        Document answers = d.get("answers", Document.class);
        return new ResponseView(d.getString("_id"), d.getString("responseId"), d.getString("surveyId"), d.getString("kind"),
                d.getInteger("score"), d.getString("category"), d.getString("comment"), d.getString("language"),
                Comments.sentiment(d), Comments.themes(d), Comments.aspects(d), d.getString("customerId"), d.getString("journeyId"),
                d.getString("stageKey"), d.getString("touchpointId"), d.getString("channel"), answers,
                Docs.instant(d, "submittedAt"), Docs.instant(d, "receivedAt"), d.getString("followUpId"));
    }
}
