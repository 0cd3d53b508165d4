package io.trailmap.feedback.service;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.trailmap.common.security.CurrentTenant;
import io.trailmap.feedback.api.FeedbackSummary;
import io.trailmap.feedback.api.SummaryKey;
import io.trailmap.feedback.scoring.ScoreSummary;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feedback summaries. MongoDB groups the responses by kind, category and UTC day ($group with
 * $dateToString, which both real MongoDB and the wire server support) and counts negative themes
 * ($unwind/$group/$sort/$limit); scores and weekly/monthly buckets are computed here from those groups.
 */
@ApplicationScoped
public class SummaryService {

    public enum Interval { DAY, WEEK, MONTH }

    private static final int TOP_THEMES = 10;

    private final Store store;
    private final CurrentTenant tenant;

    public SummaryService(Store store, CurrentTenant tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    /** Counts of one (period, kind, category) group. */
    private static final class Counts {
        long promoters;
        long passives;
        long detractors;
        long satisfied;
        long answers;
        long dissatisfied;
        double cesSum;
        long ces;
        double sentimentSum;
        long sentiments;
        long responses;
        long csat;

        void add(String kind, String category, long count, double scoreSum, double sentimentSum, long sentiments) {
            responses += count;
            this.sentimentSum += sentimentSum;
            this.sentiments += sentiments;
            if (category == null) {
                return;
            }
            switch (category) {
                case "PROMOTER" -> promoters += count;
                case "PASSIVE" -> passives += count;
                case "DETRACTOR" -> detractors += count;
                case "SATISFIED" -> satisfied += "CSAT".equals(kind) ? count : 0;
                case "DISSATISFIED" -> dissatisfied += count;
                default -> { }
            }
            if ("CSAT".equals(kind)) {
                csat += count;
            }
            if ("CES".equals(kind)) {
                ces += count;
                cesSum += scoreSum;
            }
        }
    }

    public FeedbackSummary summary(SummaryKey key, Instant from, Instant to, Interval interval) {
        Bson match = match(key, from, to, "submittedAt");
        Counts total = new Counts();
        Map<String, Counts> trend = new TreeMap<>();
        Interval bucket = interval == null ? Interval.DAY : interval;
        long satisfiedAll = 0;
        for (Document group : store.responses().aggregate(List.of(Aggregates.match(match), Aggregates.group(
                new Document("kind", "$kind").append("category", "$category")
                        .append("day", new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", "$submittedAt"))),
                Accumulators.sum("count", 1), Accumulators.sum("scoreSum", "$score"),
                Accumulators.sum("sentimentSum", "$sentiment.score"), Accumulators.sum("sentiments", "$sentimentN"))))) {
            Document id = group.get("_id", Document.class);
            String kind = id.getString("kind");
            String category = id.getString("category");
            long count = ((Number) group.get("count")).longValue();
            double scoreSum = Docs.number(group, "scoreSum") == null ? 0 : Docs.number(group, "scoreSum");
            double sentimentSum = Docs.number(group, "sentimentSum") == null ? 0 : Docs.number(group, "sentimentSum");
            long sentiments = Docs.number(group, "sentiments") == null ? 0 : Docs.number(group, "sentiments").longValue();
            total.add(kind, category, count, scoreSum, sentimentSum, sentiments);
            if ("SATISFIED".equals(category)) {
                satisfiedAll += count;
            }
            trend.computeIfAbsent(period(id.getString("day"), bucket), p -> new Counts())
                    .add(kind, category, count, scoreSum, sentimentSum, sentiments);
        }
        double reviewSentiment = 0;
        long reviewSentiments = 0;
        long reviews = 0;
        double ratingSum = 0;
        for (Document group : store.reviews().aggregate(List.of(Aggregates.match(match(key, from, to, "publishedAt")),
                Aggregates.group(null, Accumulators.sum("count", 1), Accumulators.sum("ratingSum", "$rating"),
                        Accumulators.sum("sentimentSum", "$sentiment.score"), Accumulators.sum("sentiments", "$sentimentN"))))) {
            reviews = ((Number) group.get("count")).longValue();
            ratingSum = Docs.number(group, "ratingSum");
            reviewSentiment = Docs.number(group, "sentimentSum") == null ? 0 : Docs.number(group, "sentimentSum");
            reviewSentiments = Docs.number(group, "sentiments") == null ? 0 : Docs.number(group, "sentiments").longValue();
        }
        List<FeedbackSummary.TrendPoint> points = trend.entrySet().stream().map(e -> new FeedbackSummary.TrendPoint(e.getKey(),
                (int) e.getValue().responses, ScoreSummary.nps(e.getValue().promoters, e.getValue().passives, e.getValue().detractors),
                ScoreSummary.csat(e.getValue().satisfied, e.getValue().csat), ScoreSummary.mean(e.getValue().cesSum, e.getValue().ces),
                ScoreSummary.mean(e.getValue().sentimentSum, e.getValue().sentiments))).toList();
        return new FeedbackSummary(str(key.journeyId()), key.stageKey(), str(key.touchpointId()), from, to,
                ScoreSummary.nps(total.promoters, total.passives, total.detractors), ScoreSummary.csat(total.satisfied, total.csat),
                ScoreSummary.mean(total.cesSum, total.ces), (int) total.responses, (int) total.promoters, (int) total.passives,
                (int) total.detractors, (int) satisfiedAll, (int) total.dissatisfied,
                ScoreSummary.mean(total.sentimentSum + reviewSentiment, total.sentiments + reviewSentiments),
                (int) reviews, ScoreSummary.mean(ratingSum, reviews), bucket.name(), points, topThemes(key, from, to));
    }

    public List<FeedbackSummary> summaries(List<SummaryKey> keys, Instant from, Instant to) {
        return keys.stream().map(k -> summary(k, from, to, null)).toList();
    }

    /** Most frequent themes of negative feedback (unhappy score or negative comment), responses and reviews together. */
    private List<FeedbackSummary.ThemeCount> topThemes(SummaryKey key, Instant from, Instant to) {
        Map<String, FeedbackSummary.ThemeCount> merged = new TreeMap<>();
        collectThemes(store.responses().aggregate(themePipeline(match(key, from, to, "submittedAt"))), merged);
        collectThemes(store.reviews().aggregate(themePipeline(match(key, from, to, "publishedAt"))), merged);
        return merged.values().stream()
                .sorted((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.key().compareTo(b.key()))
                .limit(TOP_THEMES).toList();
    }

    private static List<Bson> themePipeline(Bson match) {
        return List.of(Aggregates.match(Filters.and(match, Filters.eq("negative", true))), Aggregates.unwind("$themes"),
                Aggregates.group("$themes.key", Accumulators.first("word", "$themes.word"), Accumulators.sum("count", 1)),
                Aggregates.sort(Sorts.descending("count")), Aggregates.limit(TOP_THEMES * 3));
    }

    private static void collectThemes(Iterable<Document> groups, Map<String, FeedbackSummary.ThemeCount> merged) {
        for (Document group : groups) {
            String key = group.getString("_id");
            int count = ((Number) group.get("count")).intValue();
            merged.merge(key, new FeedbackSummary.ThemeCount(group.getString("word"), key, count),
                    (a, b) -> new FeedbackSummary.ThemeCount(a.theme(), a.key(), a.count() + b.count()));
        }
    }

    private Bson match(SummaryKey key, Instant from, Instant to, String timeField) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("tenant", tenant.id())));
        if (key.journeyId() != null) {
            filters.add(Filters.eq("journeyId", key.journeyId().toString()));
        }
        if (key.stageKey() != null) {
            filters.add(Filters.eq("stageKey", key.stageKey()));
        }
        if (key.touchpointId() != null) {
            filters.add(Filters.eq("touchpointId", key.touchpointId().toString()));
        }
        if (from != null) {
            filters.add(Filters.gte(timeField, Docs.date(from)));
        }
        if (to != null) {
            filters.add(Filters.lt(timeField, Docs.date(to)));
        }
        return Filters.and(filters);
    }

    /** A UTC day's bucket: the day, its ISO week (2026-W05) or its month (2026-02). */
    static String period(String day, Interval interval) {
        LocalDate date = LocalDate.parse(day);
        return switch (interval) {
            case DAY -> day;
            case WEEK -> "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> day.substring(0, 7);
        };
    }

    private static String str(Object id) {
        return id == null ? null : id.toString();
    }

}
