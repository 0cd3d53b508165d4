package io.trailmap.feedback.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import io.trailmap.common.batch.BatchItems;
import io.trailmap.common.paging.Page;
import io.trailmap.common.paging.PageRequest;
import io.trailmap.common.problem.FieldError;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.ResponseInput;
import io.trailmap.feedback.api.ResponseView;
import io.trailmap.feedback.api.SubmissionResult;
import io.trailmap.feedback.domain.CommentReading;
import io.trailmap.feedback.domain.Response;
import io.trailmap.feedback.repository.ResponseRepository;
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
import java.util.function.Supplier;

/** Survey responses: scored, analysed and deduplicated on the way in; unhappy ones open a follow-up. */
@ApplicationScoped
public class ResponseService {

    public static final int MAX_BATCH = 1_000;

    private final ResponseRepository responses;
    private final FeedbackIntake intake;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final ObjectMapper json;
    private final Validator validator;
    private final Comments comments;
    private final SurveyService surveys;
    private final FeedbackMeters meters;
    private final FeedbackQuota quota;
    private final FeedbackEvents events;

    public ResponseService(ResponseRepository responses, FeedbackIntake intake, CurrentTenant tenant, Clock clock, ObjectMapper json,
                           Validator validator, Comments comments, SurveyService surveys, FeedbackMeters meters, FeedbackQuota quota,
                           FeedbackEvents events) {
        this.responses = responses;
        this.intake = intake;
        this.tenant = tenant;
        this.clock = clock;
        this.json = json;
        this.validator = validator;
        this.comments = comments;
        this.surveys = surveys;
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

    /** A submission for the given tenant, also outside a request (a file import), stored through {@link FeedbackIntake}. */
    public SubmissionResult submit(String t, JsonNode body) {
        Map<UUID, Document> surveyCache = new HashMap<>();
        BatchItems.Result<ResponseInput> batch = BatchItems.read(body, "responses", MAX_BATCH, ResponseInput.class,
                "responseId", json, validator, input -> check(t, input, surveyCache));
        quota.take(t, batch.valid().size() + batch.rejected().size());
        Instant now = clock.instant();
        FeedbackEvents.Tenant tenantEvents = events.of(t);
        Map<String, Supplier<Response>> candidates = new LinkedHashMap<>();
        for (BatchItems.Valid<ResponseInput> v : batch.valid()) {
            ResponseInput input = v.item();
            candidates.putIfAbsent(FeedbackIds.response(t, input.responseId()),
                    () -> response(input, surveyCache.get(input.surveyId()), t, now, tenantEvents));
        }
        Map<String, FeedbackIntake.Outcome<Response>> outcomes = intake.store(t, responses, candidates);

        List<SubmissionResult.Item> results = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        int accepted = 0;
        for (BatchItems.Valid<ResponseInput> v : batch.valid()) {
            String id = FeedbackIds.response(t, v.item().responseId());
            FeedbackIntake.Outcome<Response> outcome = outcomes.get(id);
            boolean isNew = outcome.isNew() && reported.add(id);
            Response r = outcome.stored();
            if (isNew) {
                meters.accepted(r);
                accepted++;
            }
            results.add(new SubmissionResult.Item(v.index(), v.item().responseId(), r.id(), isNew ? "ACCEPTED" : "DUPLICATE",
                    r.category() == null ? null : r.category().name(), r.language(), Comments.sentiment(r.sentiment()), r.themes(),
                    Comments.aspects(r), r.followUpId()));
        }
        meters.duplicates(batch.valid().size() - accepted);
        meters.rejected(batch.rejected().size());
        return new SubmissionResult(accepted, batch.valid().size() - accepted, batch.rejected(), results);
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
        return responses.page(filters, page, ResponseService::view);
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

    /** The response as stored; an unhappy one carries its feedback.detractor event (written with it: the outbox). */
    private Response response(ResponseInput input, Document survey, String t, Instant now, FeedbackEvents.Tenant tenantEvents) {
        Kind kind = kindOf(input, survey);
        Category category = kind.scored() ? Category.of(kind, input.score()) : null;
        String hint = input.language() != null ? input.language() : survey == null ? null : survey.getString("defaultLanguage");
        CommentReading comment = comments.read(input.comment(), hint, t);
        Response response = new Response(FeedbackIds.response(t, input.responseId()), t, input.responseId(),
                input.surveyId() == null ? null : input.surveyId().toString(), kind, input.score(), category, input.customerId(),
                idOr(input.journeyId(), survey, "journeyId"),
                input.stageKey() != null ? input.stageKey() : survey == null ? null : survey.getString("stageKey"),
                idOr(input.touchpointId(), survey, "touchpointId"), input.channel(),
                input.answers() == null ? null : new Document(input.answers()),
                input.submittedAt() == null ? now : input.submittedAt(), now, comment.text(), comment.language(), comment.sentiment(),
                comment.sentimentN(), comment.aspects(), comment.themes(),
                UnhappyFeedbackPolicy.negative(category, null, comment.sentiment()), null, null);
        if (category != null && category.unhappy()) {
            return response.withOutbox(tenantEvents.event("feedback.detractor", detractorData(response)).map(List::of).orElse(null));
        }
        return response;
    }

    private static Map<String, Object> detractorData(Response r) {
        return FeedbackEvents.data("id", r.id(), "responseId", r.responseId(), "kind", r.kind().name(), "score", r.score(),
                "category", r.category().name(), "comment", r.comment(), "language", r.language(), "customerId", r.customerId(),
                "journeyId", r.journeyId(), "stageKey", r.stageKey(), "touchpointId", r.touchpointId(), "channel", r.channel(),
                "submittedAt", String.valueOf(r.submittedAt()));
    }

    private static String idOr(UUID given, Document survey, String field) {
        return given != null ? given.toString() : survey == null ? null : survey.getString(field);
    }

    private static void addIfPresent(List<Bson> filters, String field, String value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }

    static ResponseView view(Response r) {
        return new ResponseView(r.id(), r.responseId(), r.surveyId(), r.kind().name(), r.score(),
                r.category() == null ? null : r.category().name(), r.comment(), r.language(), Comments.sentiment(r.sentiment()),
                r.themes(), Comments.aspects(r), r.customerId(), r.journeyId(), r.stageKey(), r.touchpointId(), r.channel(),
                r.answers(), r.submittedAt(), r.receivedAt(), r.followUpId());
    }
}
