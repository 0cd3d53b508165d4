package io.trailmap.feedback.service;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.FeedbackSummary;
import io.trailmap.feedback.api.SummaryKey;
import io.trailmap.feedback.service.SummaryScopes.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Feedback summaries, for any number of keys with a fixed number of aggregations in all (responses, reviews,
 * their aspects; see {@link SummaryThemes}) rather than so many per key. MongoDB groups the stored feedback by where it was given
 * (journey, stage, touchpoint) and by kind, category and UTC day ($group with $dateToString, which both
 * real MongoDB and the wire server support); each group is then added to the keys it counts towards
 * ({@link SummaryScopes}), and scores and weekly/monthly buckets are computed from those sums ({@link SummaryTally}).
 */
@ApplicationScoped
public class SummaryService {

    public enum Interval { DAY, WEEK, MONTH }

    private final Store store;
    private final CurrentTenant tenant;
    private final Clock clock;

    public SummaryService(Store store, CurrentTenant tenant, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
    }

    public FeedbackSummary summary(SummaryKey key, Instant from, Instant to, Interval interval) {
        return summarise(List.of(key), from, to, interval == null ? Interval.DAY : interval).getFirst();
    }

    /** One summary per key, in the order of the keys (daily trend). */
    public List<FeedbackSummary> summaries(List<SummaryKey> keys, Instant from, Instant to) {
        return summarise(keys, from, to, Interval.DAY);
    }

    private List<FeedbackSummary> summarise(List<SummaryKey> keys, Instant from, Instant to, Interval interval) {
        SummaryScopes scopes = new SummaryScopes(keys);
        List<SummaryTally> tallies = keys.stream().map(k -> new SummaryTally(interval)).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        Bson responses = match(scopes, from, to, "submittedAt");
        Bson reviews = match(scopes, from, to, "publishedAt");
        for (Document group : store.responses().aggregate(List.of(Aggregates.match(responses), Aggregates.group(
                scopes.groupId(new Document("kind", "$kind").append("category", "$category")
                        .append("day", new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", "$submittedAt")))),
                Accumulators.sum("count", 1), Accumulators.sum("scoreSum", "$score"),
                Accumulators.sum("sentimentSum", "$sentiment.score"), Accumulators.sum("sentiments", "$sentimentN"))))) {
            Document id = groupId(group);
            for (int k : scopes.positionsCounting(id)) {
                tallies.get(k).addResponses(id.getString("day"), id.getString("kind"), id.getString("category"),
                        count(group), sum(group, "scoreSum"), sum(group, "sentimentSum"), (long) sum(group, "sentiments"));
            }
        }
        for (Document group : store.reviews().aggregate(List.of(Aggregates.match(reviews), Aggregates.group(scopes.groupId(new Document()),
                Accumulators.sum("count", 1), Accumulators.sum("ratingSum", "$rating"),
                Accumulators.sum("sentimentSum", "$sentiment.score"), Accumulators.sum("sentiments", "$sentimentN"))))) {
            for (int k : scopes.positionsCounting(groupId(group))) {
                tallies.get(k).addReviews(count(group), sum(group, "ratingSum"), sum(group, "sentimentSum"), (long) sum(group, "sentiments"));
            }
        }
        addThemes(scopes, tallies, from, to);
        return IntStream.range(0, keys.size()).mapToObj(i -> tallies.get(i).summary(keys.get(i), from, to)).toList();
    }

    /**
     * topThemes: the aspects named in the period, the previous period of the same length (when the
     * period has a start) and examples, from responses and then reviews.
     */
    private void addThemes(SummaryScopes scopes, List<SummaryTally> tallies, Instant from, Instant to) {
        SummaryThemes themes = new SummaryThemes(scopes, tallies);
        List<SummaryThemes.Source> sources = List.of(new SummaryThemes.Source(store.responses(), "submittedAt", "comment"),
                new SummaryThemes.Source(store.reviews(), "publishedAt", "text"));
        sources.forEach(source -> themes.addThemes(source, match(scopes, from, to, source.timeField())));
        if (from != null) {
            Instant end = to == null ? clock.instant() : to;
            Instant previousFrom = from.minus(Duration.between(from, end));
            sources.forEach(source -> themes.addPreviousPeriod(source, match(scopes, previousFrom, from, source.timeField())));
        }
        for (SummaryThemes.Source source : sources) {
            if (themes.addExamples(source, match(scopes, from, to, source.timeField()))) {
                break;
            }
        }
    }

    /** The tenant's feedback in the time range that any of the keys covers. */
    private Bson match(SummaryScopes scopes, Instant from, Instant to, String timeField) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("tenant", tenant.id())));
        if (scopes.keys().stream().noneMatch(Scope::open)) {
            filters.add(Filters.or(scopes.keys().stream().map(SummaryService::covering).toList()));
        }
        if (from != null) {
            filters.add(Filters.gte(timeField, Docs.date(from)));
        }
        if (to != null) {
            filters.add(Filters.lt(timeField, Docs.date(to)));
        }
        return Filters.and(filters);
    }

    private static Bson covering(Scope key) {
        List<Bson> fields = new ArrayList<>();
        if (key.journeyId() != null) {
            fields.add(Filters.eq("journeyId", key.journeyId()));
        }
        if (key.stageKey() != null) {
            fields.add(Filters.eq("stageKey", key.stageKey()));
        }
        if (key.touchpointId() != null) {
            fields.add(Filters.eq("touchpointId", key.touchpointId()));
        }
        return Filters.and(fields);
    }

    /** A group's id; null (one group of everything) reads as an empty id. */
    private static Document groupId(Document group) {
        Object id = group.get("_id");
        return id instanceof Document document ? document : new Document();
    }

    private static long count(Document group) {
        return ((Number) group.get("count")).longValue();
    }

    private static double sum(Document group, String field) {
        Double value = Docs.number(group, field);
        return value == null ? 0 : value;
    }
}
