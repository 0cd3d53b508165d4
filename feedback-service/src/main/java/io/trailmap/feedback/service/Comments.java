package io.trailmap.feedback.service;

import io.trailmap.feedback.api.AspectView;
import io.trailmap.feedback.api.SentimentView;
import io.trailmap.feedback.config.FeedbackConfig;
import io.trailmap.feedback.domain.CommentReading;
import io.trailmap.feedback.domain.Feedback;
import io.trailmap.feedback.domain.FoundAspect;
import io.trailmap.feedback.text.AspectDetection;
import io.trailmap.feedback.text.PiiMasker;
import io.trailmap.feedback.text.Sentiment;
import io.trailmap.feedback.text.TextAnalysis;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Prepares free text for storage: masks PII (when configured), then reads language, sentiment and the
 * aspects it talks about, with the tenant's themes.
 */
@ApplicationScoped
public class Comments {

    private final TextAnalysis analysis;
    private final ThemeService themes;
    private final FeedbackConfig config;

    public Comments(TextAnalysis analysis, ThemeService themes, FeedbackConfig config) {
        this.analysis = analysis;
        this.themes = themes;
        this.config = config;
    }

    /** The text as it is stored, with its language, sentiment, aspects (each with {@code negativeN}) and themes (their keys). */
    public CommentReading read(String text, String languageHint, String tenant) {
        String stored = config.maskPii() ? PiiMasker.mask(text) : text;
        TextAnalysis.Insights insights = stored == null || stored.isBlank()
                ? analysis.analyze(stored, languageHint)
                : analysis.analyze(stored, languageHint, themes.matcher(tenant));
        List<FoundAspect> aspects = insights.aspects().stream().map(Comments::aspect).toList();
        return new CommentReading(stored, insights.language(), insights.sentiment(), aspects,
                insights.aspects().stream().map(AspectDetection.Found::key).toList());
    }

    static List<AspectView> aspects(Feedback<?> feedback) {
        return feedback.aspects().stream().map(a -> new AspectView(a.key(), a.label(), sentiment(a.sentiment()), a.terms())).toList();
    }

    static SentimentView sentiment(Sentiment s) {
        return s == null ? null : new SentimentView(s.score(), s.label());
    }

    private static FoundAspect aspect(AspectDetection.Found aspect) {
        return new FoundAspect(aspect.key(), aspect.label(), aspect.sentiment(),
                Sentiment.NEGATIVE.equals(aspect.sentiment().label()) ? 1 : 0, aspect.terms());
    }
}
