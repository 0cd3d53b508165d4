package io.trailmap.feedback.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.trailmap.feedback.service.SummaryBuckets.Source;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summaries of whole UTC days read from {@link SummaryBuckets}: one query per period, however much
 * feedback it holds, and the example comments from the newest days back. Buckets emptied by erasure or retention (count 0) count as absent.
 */
final class BucketSummaryReads implements SummaryReads {

    private final Store store;
    private final String tenant;
    private final SummaryScopes scopes;
    private final List<SummaryTally> tallies;
    private final Map<SummaryRange, List<Document>> read = new HashMap<>();

    BucketSummaryReads(Store store, String tenant, SummaryScopes scopes, List<SummaryTally> tallies) {
        this.store = store;
        this.tenant = tenant;
        this.scopes = scopes;
        this.tallies = tallies;
    }

    @Override
    public void addCounts(SummaryRange range) {
        for (Document bucket : buckets(range)) {
            List<Integer> positions = positions(bucket);
            for (Map.Entry<String, Object> entry : bucket.get("kinds", new Document()).entrySet()) {
                Document kind = (Document) entry.getValue();
                long count = number(kind, "count").longValue();
                if (count <= 0) {
                    continue;
                }
                double scoreSum = number(kind, "scoreSum").doubleValue();
                double sentimentSum = number(kind, "sentimentSum").doubleValue();
                long sentiments = number(kind, "sentiments").longValue();
                for (int k : positions) {
                    if (SummaryBuckets.REVIEW_KIND.equals(entry.getKey())) {
                        tallies.get(k).addReviews(count, scoreSum, sentimentSum, sentiments);
                    } else {
                        tallies.get(k).addResponses(bucket.getString("day"), entry.getKey(), categories(kind), count, scoreSum,
                                sentimentSum, sentiments);
                    }
                }
            }
        }
    }

    @Override
    public void addThemes(SummaryRange range) {
        for (Document bucket : buckets(range)) {
            Document labels = bucket.get("labels", new Document());
            for (Map.Entry<String, Object> aspect : bucket.get("aspects", new Document()).entrySet()) {
                Document sum = (Document) aspect.getValue();
                long count = number(sum, "count").longValue();
                if (count > 0) {
                    positions(bucket).forEach(k -> tallies.get(k).addTheme(aspect.getKey(), labels.getString(aspect.getKey()), count,
                            number(sum, "sentimentSum").doubleValue(), number(sum, "negative").longValue()));
                }
            }
        }
    }

    @Override
    public void addPreviousPeriod(SummaryRange range) {
        for (Document bucket : buckets(range)) {
            List<Integer> positions = positions(bucket);
            long comments = bucket.get("kinds", new Document()).values().stream()
                    .mapToLong(kind -> number((Document) kind, "sentiments").longValue()).sum();
            positions.forEach(k -> tallies.get(k).addPreviousComments(comments));
            for (Map.Entry<String, Object> aspect : bucket.get("aspects", new Document()).entrySet()) {
                long count = number((Document) aspect.getValue(), "count").longValue();
                if (count > 0) {
                    positions.forEach(k -> tallies.get(k).addPreviousTheme(aspect.getKey(), count));
                }
            }
        }
    }

    /**
     * From the newest day with feedback back, a few days per query (2, 4, 8, … days): the examples of the top
     * themes are usually all on the last few days, so little more than those is read.
     */
    @Override
    public boolean addExamples(SummaryRange range) {
        Set<String> wanted = new LinkedHashSet<>();
        tallies.forEach(t -> wanted.addAll(t.topThemeKeys()));
        if (wanted.isEmpty() || tallies.stream().allMatch(SummaryTally::examplesComplete)) {
            return true;
        }
        Map<String, List<Document>> bucketsByDay = new java.util.TreeMap<>(Comparator.reverseOrder());
        buckets(range).forEach(b -> bucketsByDay.computeIfAbsent(b.getString("day"), d -> new ArrayList<>()).add(b));
        List<String> days = List.copyOf(bucketsByDay.keySet());
        for (int from = 0, size = 2; from < days.size(); from += size, size *= 2) {
            List<String> chunk = days.subList(from, Math.min(days.size(), from + size));
            List<String> ids = new ArrayList<>();   // the example documents of these days' buckets: read by _id, not searched for
            chunk.forEach(day -> bucketsByDay.get(day).forEach(b -> wanted.forEach(aspect -> ids.add(SummaryBuckets.examplesId(b.getString("_id"), aspect)))));
            Map<String, List<Document>> byDay = new HashMap<>();
            store.summaryExamples().find(Filters.in("_id", ids)).forEach(doc -> byDay.computeIfAbsent(doc.getString("day"), d -> new ArrayList<>()).add(doc));
            for (String day : chunk) {
                if (addNewestFirst(byDay.getOrDefault(day, List.of()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The examples of one day, newest first; answers whether every top theme now has its examples. */
    private boolean addNewestFirst(List<Document> ofDay) {
        record Example(Date at, String aspect, String text, List<Integer> positions) {
        }
        List<Example> examples = new ArrayList<>();
        for (Document doc : ofDay) {
            List<Integer> positions = positions(doc);
            for (Document e : doc.getList("examples", Document.class, List.of())) {
                examples.add(new Example(e.getDate("at"), doc.getString("aspect"), e.getString("text"), positions));
            }
        }
        examples.sort(Comparator.comparing(Example::at, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        for (Example example : examples) {
            example.positions().forEach(k -> tallies.get(k).addExample(example.aspect(), example.text()));
        }
        return tallies.stream().allMatch(SummaryTally::examplesComplete);
    }

    private List<Bson> filters(SummaryRange range) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("tenant", tenant)));
        scopes.placeFilter().ifPresent(filters::add);
        if (range.from() != null) {
            filters.add(Filters.gte("day", SummaryBuckets.DAY.format(range.from())));
        }
        if (range.to() != null) {
            filters.add(Filters.lt("day", SummaryBuckets.DAY.format(range.to())));
        }
        return filters;
    }

    /** The range's non-empty buckets, read once. */
    private List<Document> buckets(SummaryRange range) {
        return read.computeIfAbsent(range, r -> {
            List<Document> found = new ArrayList<>();
            store.summaryBuckets().find(Filters.and(filters(r))).projection(Projections.exclude("removals")).forEach(bucket -> {
                if (number(bucket, "count").longValue() > 0) {
                    found.add(bucket);
                }
            });
            return found;
        });
    }

    private List<Integer> positions(Document bucket) {
        return scopes.positionsCounting(new SummaryScopes.Scope(bucket.getString("journeyId"), bucket.getString("stageKey"),
                bucket.getString("touchpointId")));
    }

    private static Map<String, Long> categories(Document kind) {
        Map<String, Long> categories = new HashMap<>();
        kind.get("categories", new Document()).forEach((category, n) -> {
            if (((Number) n).longValue() > 0) {
                categories.put(category, ((Number) n).longValue());
            }
        });
        return categories;
    }

    private static Number number(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n : 0;
    }
}
