package io.trailmap.feedback.service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.trailmap.feedback.text.PiiMasker;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The topThemes of summaries: the aspects the comments of a period name (how often, how they feel, how
 * many negatively), the same counts over the previous period of the same length for {@code change}, and
 * the newest comments naming each top theme as examples.
 */
final class SummaryThemes {

    /** Comments read at most, newest first, looking for examples: a bound on the cost of a summary. */
    static final int EXAMPLE_SCAN = 2_000;
    static final int EXAMPLE_LENGTH = 300;

    /** A feedback collection, the field its time is in and the field its text is in. */
    record Source(MongoCollection<Document> collection, String timeField, String textField) {
    }

    private final SummaryScopes scopes;
    private final List<SummaryTally> tallies;

    SummaryThemes(SummaryScopes scopes, List<SummaryTally> tallies) {
        this.scopes = scopes;
        this.tallies = tallies;
    }

    /** Aspects named in the feedback {@code match} selects, per scope. */
    void addThemes(Source source, Bson match) {
        for (Document group : source.collection().aggregate(List.of(Aggregates.match(match), Aggregates.unwind("$aspects"),
                Aggregates.group(scopes.groupId(new Document("theme", "$aspects.key")), Accumulators.first("label", "$aspects.label"),
                        Accumulators.sum("count", 1), Accumulators.sum("sentimentSum", "$aspects.sentiment.score"),
                        Accumulators.sum("negative", "$aspects.negativeN"))))) {
            Document id = groupId(group);
            for (int k : scopes.positionsCounting(id)) {
                tallies.get(k).addTheme(id.getString("theme"), group.getString("label"), (long) number(group, "count"),
                        number(group, "sentimentSum"), (long) number(group, "negative"));
            }
        }
    }

    /** The analysed comments and the aspects they name in the previous period, which {@code match} selects. */
    void addPreviousPeriod(Source source, Bson match) {
        for (Document group : source.collection().aggregate(List.of(Aggregates.match(match),
                Aggregates.group(scopes.groupId(new Document()), Accumulators.sum("comments", "$sentimentN"))))) {
            scopes.positionsCounting(groupId(group)).forEach(k -> tallies.get(k).addPreviousComments((long) number(group, "comments")));
        }
        for (Document group : source.collection().aggregate(List.of(Aggregates.match(match), Aggregates.unwind("$aspects"),
                Aggregates.group(scopes.groupId(new Document("theme", "$aspects.key")), Accumulators.sum("count", 1))))) {
            Document id = groupId(group);
            scopes.positionsCounting(id).forEach(k -> tallies.get(k).addPreviousTheme(id.getString("theme"), (long) number(group, "count")));
        }
    }

    /** Examples for the top themes from the newest feedback that {@code match} selects; answers whether every top theme has them. */
    boolean addExamples(Source source, Bson match) {
        Set<String> wanted = new LinkedHashSet<>();
        tallies.forEach(t -> wanted.addAll(t.topThemeKeys()));
        if (wanted.isEmpty() || tallies.stream().allMatch(SummaryTally::examplesComplete)) {
            return true;
        }
        for (Document doc : source.collection().find(Filters.and(match, Filters.in("aspects.key", wanted)))
                .projection(Projections.include(source.textField(), "aspects.key", "journeyId", "stageKey", "touchpointId"))
                .sort(Sorts.descending(source.timeField())).limit(EXAMPLE_SCAN)) {
            String text = example(doc.getString(source.textField()));
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
        return false;
    }

    private static String example(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String masked = PiiMasker.mask(text.strip());
        return masked.length() <= EXAMPLE_LENGTH ? masked : masked.substring(0, EXAMPLE_LENGTH - 1) + "…";
    }

    private static Document groupId(Document group) {
        Object id = group.get("_id");
        return id instanceof Document document ? document : new Document();
    }

    private static double number(Document group, String field) {
        Double value = Docs.number(group, field);
        return value == null ? 0 : value;
    }
}
