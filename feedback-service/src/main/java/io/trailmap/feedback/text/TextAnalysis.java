package io.trailmap.feedback.text;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Everything the platform reads from a comment: language, sentiment and themes. Built once: the
 * language models, lexicons and sentiment models are loaded at start-up.
 */
@ApplicationScoped
public class TextAnalysis {

    public record Insights(String language, Sentiment sentiment, List<ThemeExtractor.Theme> themes) {
    }

    private final LanguageDetection languages = new LanguageDetection();
    private final Stemming stemming = new Stemming();
    private final SentimentModel sentiment = new SentimentModel(new SentimentFeatures(stemming, new LexiconSentiment(stemming)));
    private final ThemeExtractor themes = new ThemeExtractor(stemming);

    /**
     * @param hint the language the survey was answered in, used when detection is unsure
     * @return null sentiment and no themes for languages other than en/fi/sv
     */
    public Insights analyze(String text, String hint) {
        if (text == null || text.isBlank()) {
            return new Insights(LanguageDetection.UNDETERMINED, null, List.of());
        }
        String language = languages.detect(text);
        if (language.equals(LanguageDetection.UNDETERMINED) && hint != null) {
            language = hint;
        }
        if (!stemming.supports(language)) {
            return new Insights(language, null, List.of());
        }
        return new Insights(language, sentiment.analyze(language, text), themes.themes(language, text));
    }

    public String detectLanguage(String text) {
        return languages.detect(text);
    }

    public Sentiment sentiment(String language, String text) {
        return sentiment.analyze(language, text);
    }
}
