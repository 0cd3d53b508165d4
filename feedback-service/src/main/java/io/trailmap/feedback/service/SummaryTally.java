package io.trailmap.feedback.service;

import io.trailmap.feedback.api.FeedbackSummary;
import io.trailmap.feedback.api.SummaryKey;
import io.trailmap.feedback.scoring.ScoreSummary;
import io.trailmap.feedback.service.SummaryService.Interval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one summary key has gathered from the grouped responses, reviews and themes; turns into its summary. */
final class SummaryTally {

    private static final int TOP_THEMES = 10;

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
    private final Map<String, FeedbackSummary.ThemeCount> themes = new HashMap<>();

    SummaryTally(Interval interval) {
        this.interval = interval;
    }

    /** A group of responses of one kind and category submitted on one UTC day (yyyy-MM-dd). */
    void addResponses(String day, String kind, String category, long count, double scoreSum, double sentimentSum, long sentiments) {
        total.add(kind, category, count, scoreSum, sentimentSum, sentiments);
        if ("SATISFIED".equals(category)) {
            satisfiedAnyKind += count;
        }
        trend.computeIfAbsent(period(day, interval), p -> new Counts()).add(kind, category, count, scoreSum, sentimentSum, sentiments);
    }

    void addReviews(long count, double ratingSum, double sentimentSum, long sentiments) {
        reviews += count;
        this.ratingSum += ratingSum;
        reviewSentimentSum += sentimentSum;
        reviewSentiments += sentiments;
    }

    /** A theme of negative feedback (responses or reviews) seen {@code count} times. */
    void addTheme(String key, String word, long count) {
        themes.merge(key, new FeedbackSummary.ThemeCount(word, key, (int) count),
                (a, b) -> new FeedbackSummary.ThemeCount(a.theme(), a.key(), a.count() + b.count()));
    }

    FeedbackSummary summary(SummaryKey key, Instant from, Instant to) {
        List<FeedbackSummary.TrendPoint> points = trend.entrySet().stream().map(e -> e.getValue().point(e.getKey())).toList();
        List<FeedbackSummary.ThemeCount> topThemes = themes.values().stream()
                .sorted((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.key().compareTo(b.key()))
                .limit(TOP_THEMES).toList();
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
