package io.trailmap.feedback.service;

import io.trailmap.feedback.api.AspectView;
import io.trailmap.feedback.api.SentimentView;
import io.trailmap.feedback.config.FeedbackConfig;
import io.trailmap.feedback.text.AspectDetection;
import io.trailmap.feedback.text.PiiMasker;
import io.trailmap.feedback.text.Sentiment;
import io.trailmap.feedback.text.TextAnalysis;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

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

    /**
     * Adds comment, language, sentiment, aspects and themes (their keys) to {@code doc}, which names its tenant.
     * Each aspect carries {@code negativeN} (1 when its own sentiment is negative) for the summaries to add up.
     */
    public void analyse(String text, String languageHint, Document doc) {
        String stored = config.maskPii() ? PiiMasker.mask(text) : text;
        TextAnalysis.Insights insights = stored == null || stored.isBlank()
                ? analysis.analyze(stored, languageHint)
                : analysis.analyze(stored, languageHint, themes.matcher(doc.getString("tenant")));
        doc.append("comment", stored).append("language", insights.language());
        if (insights.sentiment() != null) {
            doc.append("sentiment", sentimentDocument(insights.sentiment())).append("sentimentN", 1);
        } else {
            doc.append("sentimentN", 0);
        }
        doc.append("aspects", insights.aspects().stream().map(Comments::aspectDocument).toList());
        doc.append("themes", insights.aspects().stream().map(AspectDetection.Found::key).toList());
    }

    static boolean negativeSentiment(Document doc) {
        Document sentiment = doc.get("sentiment", Document.class);
        return sentiment != null && Sentiment.NEGATIVE.equals(sentiment.getString("label"));
    }

    /** The comment's sentiment score, or null when it was not read. */
    static Double sentimentScore(Document doc) {
        Document sentiment = doc.get("sentiment", Document.class);
        return sentiment == null ? null : Docs.number(sentiment, "score");
    }

    /** The keys of the aspects found; feedback stored before aspects existed listed its key words instead. */
    static List<String> themes(Document doc) {
        return Docs.<Object>list(doc, "themes").stream()
                .map(t -> t instanceof Document legacy ? legacy.getString("word") : String.valueOf(t)).toList();
    }

    static List<AspectView> aspects(Document doc) {
        return Docs.<Document>list(doc, "aspects").stream().map(a -> new AspectView(a.getString("key"), a.getString("label"),
                sentiment(a), a.getList("terms", String.class))).toList();
    }

    static SentimentView sentiment(Document doc) {
        Document s = doc.get("sentiment", Document.class);
        return s == null ? null : new SentimentView(Docs.number(s, "score"), s.getString("label"));
    }

    private static Document aspectDocument(AspectDetection.Found aspect) {
        return new Document("key", aspect.key()).append("label", aspect.label())
                .append("sentiment", sentimentDocument(aspect.sentiment()))
                .append("negativeN", Sentiment.NEGATIVE.equals(aspect.sentiment().label()) ? 1 : 0)
                .append("terms", aspect.terms());
    }

    private static Document sentimentDocument(Sentiment sentiment) {
        return new Document("score", sentiment.score()).append("label", sentiment.label());
    }
}
