package io.trailmap.feedback.service;

import io.trailmap.feedback.config.FeedbackConfig;
import io.trailmap.feedback.text.PiiMasker;
import io.trailmap.feedback.text.TextAnalysis;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.List;

/** Prepares free text for storage: masks PII (when configured), then reads language, sentiment and themes. */
@ApplicationScoped
public class Comments {

    private final TextAnalysis analysis;
    private final FeedbackConfig config;

    public Comments(TextAnalysis analysis, FeedbackConfig config) {
        this.analysis = analysis;
        this.config = config;
    }

    /** Adds comment, language, sentiment, themes (and the flags summaries group by) to {@code doc}. */
    public void analyse(String text, String languageHint, Document doc) {
        String stored = config.maskPii() ? PiiMasker.mask(text) : text;
        TextAnalysis.Insights insights = analysis.analyze(stored, languageHint);
        doc.append("comment", stored).append("language", insights.language());
        if (insights.sentiment() != null) {
            doc.append("sentiment", new Document("score", insights.sentiment().score()).append("label", insights.sentiment().label()))
                    .append("sentimentN", 1);
        } else {
            doc.append("sentimentN", 0);
        }
        List<Document> themes = insights.themes().stream()
                .map(t -> new Document("key", t.key()).append("word", t.word())).toList();
        doc.append("themes", themes);
    }

    static boolean negativeSentiment(Document doc) {
        Document sentiment = doc.get("sentiment", Document.class);
        return sentiment != null && "NEGATIVE".equals(sentiment.getString("label"));
    }

    static List<String> themeWords(Document doc) {
        return Docs.<Document>list(doc, "themes").stream().map(t -> t.getString("word")).toList();
    }

    static io.trailmap.feedback.api.SentimentView sentiment(Document doc) {
        Document s = doc.get("sentiment", Document.class);
        return s == null ? null : new io.trailmap.feedback.api.SentimentView(Docs.number(s, "score"), s.getString("label"));
    }

}
