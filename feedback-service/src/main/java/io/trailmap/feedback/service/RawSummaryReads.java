package io.trailmap.feedback.service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.trailmap.feedback.service.SummaryBuckets.Source;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summaries computed from the stored responses and reviews: MongoDB groups them by where they were given
 * (when the keys differ), kind, category and UTC day ($group with $dateToString, which both real MongoDB
 * and the wire server support). What buckets cannot answer (parts of a day) and the reference that
 * {@code source=RAW} answers and the tests hold the buckets against.
 */
final class RawSummaryReads implements SummaryReads {

    /** Comments read at most, newest first, looking for examples: a bound on the cost of a summary. */
    static final int EXAMPLE_SCAN = 2_000;

    private final Store store;
    private final String tenant;
    private final SummaryScopes scopes;
    private final List<SummaryTally> tallies;

    RawSummaryReads(Store store, String tenant, SummaryScopes scopes, List<SummaryTally> tallies) {
        this.store = store;
        this.tenant = tenant;
        this.scopes = scopes;
        this.tallies = tallies;
    }

    @Override
    public void addCounts(SummaryRange range) {
        Document day = new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", "$submittedAt"));
        for (Document group : store.responses().aggregate(List.of(Aggregates.match(match(Source.RESPONSE, range)), Aggregates.group(
                scopes.groupId(new Document("kind", "$kind").append("category", "$category").append("day", day)),
                Accumulators.sum("count", 1), Accumulators.sum("scoreSum", "$score"),
                Accumulators.sum("sentimentSum", "$sentiment.score"), Accumulators.sum("sentiments", "$sentimentN"))))) {
            Document id = groupId(group);
            String category = id.getString("category");
            for (int k : scopes.positionsCounting(id)) {
                tallies.get(k).addResponses(id.getString("day"), id.getString("kind"),
                        category == null ? Map.of() : Map.of(category, count(group, "count")), count(group, "count"),
                        sum(group, "scoreSum"), sum(group, "sentimentSum"), count(group, "sentiments"));
            }
        }
        for (Document group : store.reviews().aggregate(List.of(Aggregates.match(match(Source.REVIEW, range)),
                Aggregates.group(scopes.groupId(new Document()), Accumulators.sum("count", 1), Accumulators.sum("ratingSum", "$rating"),
                        Accumulators.sum("sentimentSum", "$sentiment.score"), Accumulators.sum("sentiments", "$sentimentN"))))) {
            for (int k : scopes.positionsCounting(groupId(group))) {
                tallies.get(k).addReviews(count(group, "count"), sum(group, "ratingSum"), sum(group, "sentimentSum"),
                        count(group, "sentiments"));
            }
        }
    }

    @Override
    public void addThemes(SummaryRange range) {
        for (Source source : Source.values()) {
            for (Document group : collection(source).aggregate(List.of(Aggregates.match(match(source, range)), Aggregates.unwind("$aspects"),
                    Aggregates.group(scopes.groupId(new Document("theme", "$aspects.key")), Accumulators.first("label", "$aspects.label"),
                            Accumulators.sum("count", 1), Accumulators.sum("sentimentSum", "$aspects.sentiment.score"),
                            Accumulators.sum("negative", "$aspects.negativeN"))))) {
                Document id = groupId(group);
                for (int k : scopes.positionsCounting(id)) {
                    tallies.get(k).addTheme(id.getString("theme"), group.getString("label"), count(group, "count"),
                            sum(group, "sentimentSum"), count(group, "negative"));
                }
            }
        }
    }

    @Override
    public void addPreviousPeriod(SummaryRange range) {
        for (Source source : Source.values()) {
            Bson match = match(source, range);
            for (Document group : collection(source).aggregate(List.of(Aggregates.match(match),
                    Aggregates.group(scopes.groupId(new Document()), Accumulators.sum("comments", "$sentimentN"))))) {
                scopes.positionsCounting(groupId(group)).forEach(k -> tallies.get(k).addPreviousComments(count(group, "comments")));
            }
            for (Document group : collection(source).aggregate(List.of(Aggregates.match(match), Aggregates.unwind("$aspects"),
                    Aggregates.group(scopes.groupId(new Document("theme", "$aspects.key")), Accumulators.sum("count", 1))))) {
                Document id = groupId(group);
                scopes.positionsCounting(id).forEach(k -> tallies.get(k).addPreviousTheme(id.getString("theme"), count(group, "count")));
            }
        }
    }

    @Override
    public boolean addExamples(SummaryRange range) {
        for (Source source : Source.values()) {
            Set<String> wanted = new LinkedHashSet<>();
            tallies.forEach(t -> wanted.addAll(t.topThemeKeys()));
            if (wanted.isEmpty() || tallies.stream().allMatch(SummaryTally::examplesComplete)) {
                return true;
            }
            for (Document doc : collection(source).find(Filters.and(match(source, range), Filters.in("aspects.key", wanted)))
                    .projection(Projections.include(source.textField, "aspects.key", "journeyId", "stageKey", "touchpointId"))
                    .sort(Sorts.descending(source.timeField)).limit(EXAMPLE_SCAN)) {
                String text = SummaryBuckets.example(doc.getString(source.textField));
                if (text == null) {
                    continue;
                }
                List<Integer> positions = scopes.positionsCounting(new SummaryScopes.Scope(doc.getString("journeyId"),
                        doc.getString("stageKey"), doc.getString("touchpointId")));
                for (Document aspect : Docs.<Document>list(doc, "aspects")) {
                    positions.forEach(k -> tallies.get(k).addExample(aspect.getString("key"), text));
                }
                if (tallies.stream().allMatch(SummaryTally::examplesComplete)) {
                    return true;
                }
            }
        }
        return false;
    }

    private MongoCollection<Document> collection(Source source) {
        return source == Source.RESPONSE ? store.responses() : store.reviews();
    }

    /** The tenant's feedback of {@code source} in the range, at the places any of the keys covers. */
    private Bson match(Source source, SummaryRange range) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("tenant", tenant)));
        scopes.placeFilter().ifPresent(filters::add);
        if (range.from() != null) {
            filters.add(Filters.gte(source.timeField, Docs.date(range.from())));
        }
        if (range.to() != null) {
            filters.add(Filters.lt(source.timeField, Docs.date(range.to())));
        }
        return Filters.and(filters);
    }

    /** A group's id; null (one group of everything) reads as an empty id. */
    private static Document groupId(Document group) {
        Object id = group.get("_id");
        return id instanceof Document document ? document : new Document();
    }

    private static long count(Document group, String field) {
        Object value = group.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static double sum(Document group, String field) {
        Double value = Docs.number(group, field);
        return value == null ? 0 : value;
    }
}
