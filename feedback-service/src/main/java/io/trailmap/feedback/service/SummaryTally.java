package io.trailmap.feedback.service;

import io.trailmap.feedback.api.FeedbackSummary;
import io.trailmap.feedback.api.SummaryKey;
import io.trailmap.feedback.scoring.ScoreSummary;
import io.trailmap.feedback.service.SummaryService.Interval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one summary key has gathered from the grouped responses, reviews and themes; turns into its summary. */
final class SummaryTally {

    private static final int TOP_THEMES = 10;
    static final int EXAMPLES = 3;

    /** Counts of one period (or of all of them). */
    private static final class Counts {
        long promoters;
        long passives;
        long detractors;
        long satisfied;
        long dissatisfied;
        double cesSum;
        long ces;
        double sentimentSum;
        long sentiments;
        long responses;
        long csat;

        void add(String kind, Map<String, Long> categories, long count, double scoreSum, double sentimentSum, long sentiments) {
            responses += count;
            this.sentimentSum += sentimentSum;
            this.sentiments += sentiments;
            long scored = 0;
            for (Map.Entry<String, Long> category : categories.entrySet()) {
                long n = category.getValue();
                scored += n;
                switch (category.getKey()) {
                    case "PROMOTER" -> promoters += n;
                    case "PASSIVE" -> passives += n;
                    case "DETRACTOR" -> detractors += n;
                    case "SATISFIED" -> satisfied += "CSAT".equals(kind) ? n : 0;
                    case "DISSATISFIED" -> dissatisfied += n;
                    default -> { }
                }
            }
            if ("CSAT".equals(kind)) {
                csat += scored;
            }
            if ("CES".equals(kind)) {   // every CES response is scored, so the score sum is over these
                ces += scored;
                cesSum += scoreSum;
            }
        }

        FeedbackSummary.TrendPoint point(String period) {
            return new FeedbackSummary.TrendPoint(period, (int) responses, ScoreSummary.nps(promoters, passives, detractors),
                    ScoreSummary.csat(satisfied, csat), ScoreSummary.mean(cesSum, ces), ScoreSummary.mean(sentimentSum, sentiments));
        }
    }

    private final Interval interval;
    private final Counts total = new Counts();
    private final Map<String, Counts> trend = new TreeMap<>();
    private long satisfiedAnyKind;
    private long reviews;
    private double ratingSum;
    private double reviewSentimentSum;
    private long reviewSentiments;
    private final Map<String, ThemeTally> themes = new HashMap<>();
    private final Map<String, Long> previousThemes = new HashMap<>();
    private long previousComments;
    private boolean previousPeriod;

    /** What the comments of the period say about one aspect. */
    private static final class ThemeTally {
        final String key;
        String label;
        long count;
        double sentimentSum;
        long negative;
        final List<String> examples = new ArrayList<>();

        ThemeTally(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    SummaryTally(Interval interval) {
        this.interval = interval;
    }

    /**
     * Responses of one kind submitted on one UTC day (yyyy-MM-dd): {@code count} in all, so many of each
     * category (the scored ones), their score sum and their analysed comments' sentiment.
     */
    void addResponses(String day, String kind, Map<String, Long> categories, long count, double scoreSum, double sentimentSum,
                      long sentiments) {
        total.add(kind, categories, count, scoreSum, sentimentSum, sentiments);
        satisfiedAnyKind += categories.getOrDefault("SATISFIED", 0L);
        trend.computeIfAbsent(period(day, interval), p -> new Counts()).add(kind, categories, count, scoreSum, sentimentSum, sentiments);
    }

    void addReviews(long count, double ratingSum, double sentimentSum, long sentiments) {
        reviews += count;
        this.ratingSum += ratingSum;
        reviewSentimentSum += sentimentSum;
        reviewSentiments += sentiments;
    }

    /** An aspect named by {@code count} comments (responses or reviews), {@code negative} of them negatively. */
    void addTheme(String key, String label, long count, double sentimentSum, long negative) {
        ThemeTally theme = themes.computeIfAbsent(key, k -> new ThemeTally(k, label));
        theme.count += count;
        theme.sentimentSum += sentimentSum;
        theme.negative += negative;
    }

    /** The previous period of the same length is compared with: it had {@code comments} analysed comments. */
    void addPreviousComments(long comments) {
        previousPeriod = true;
        previousComments += comments;
    }

    void addPreviousTheme(String key, long count) {
        previousThemes.merge(key, count, Long::sum);
    }

    /** The keys topThemes will list, most mentioned first. */
    List<String> topThemeKeys() {
        return topThemes().stream().map(t -> t.key).toList();
    }

    /** Takes {@code comment} as an example of {@code key} if it is a top theme still short of examples; answers whether it did. */
    boolean addExample(String key, String comment) {
        ThemeTally theme = themes.get(key);
        if (theme == null || theme.examples.size() >= EXAMPLES || theme.examples.contains(comment) || !topThemeKeys().contains(key)) {
            return false;
        }
        theme.examples.add(comment);
        return true;
    }

    /** Whether every top theme has its examples. */
    boolean examplesComplete() {
        return topThemes().stream().allMatch(t -> t.examples.size() >= Math.min(EXAMPLES, t.count));
    }

    private List<ThemeTally> topThemes() {
        return themes.values().stream()
                .sorted((a, b) -> a.count != b.count ? Long.compare(b.count, a.count) : a.key.compareTo(b.key))
                .limit(TOP_THEMES).toList();
    }

    private FeedbackSummary.ThemeCount themeCount(ThemeTally t, long comments) {
        double share = comments == 0 ? 0 : (double) t.count / comments;
        boolean comparable = previousPeriod && previousComments > 0;
        long before = previousThemes.getOrDefault(t.key, 0L);
        Double change = comparable ? round(share - (double) before / previousComments) : null;
        return new FeedbackSummary.ThemeCount(t.label, t.key, t.label, (int) t.count, round(share),
                ScoreSummary.mean(t.sentimentSum, t.count), (int) t.negative, change, comparable ? (int) before : null, List.copyOf(t.examples));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    FeedbackSummary summary(SummaryKey key, Instant from, Instant to) {
        List<FeedbackSummary.TrendPoint> points = trend.entrySet().stream().map(e -> e.getValue().point(e.getKey())).toList();
        long comments = total.sentiments + reviewSentiments;
        List<FeedbackSummary.ThemeCount> topThemes = topThemes().stream().map(t -> themeCount(t, comments)).toList();
        return new FeedbackSummary(str(key.journeyId()), key.stageKey(), str(key.touchpointId()), from, to,
                ScoreSummary.nps(total.promoters, total.passives, total.detractors), ScoreSummary.csat(total.satisfied, total.csat),
                ScoreSummary.mean(total.cesSum, total.ces), (int) total.responses, (int) total.promoters, (int) total.passives,
                (int) total.detractors, (int) satisfiedAnyKind, (int) total.dissatisfied,
                ScoreSummary.mean(total.sentimentSum + reviewSentimentSum, total.sentiments + reviewSentiments),
                (int) reviews, ScoreSummary.mean(ratingSum, reviews), interval.name(), points, topThemes, themes.size());
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
