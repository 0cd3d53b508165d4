package io.trailmap.feedback.text;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Everything the platform reads from a comment: language, sentiment and the aspects it talks about.
 * Built once: the language models, lexicons, sentiment models and the built-in taxonomy are loaded at start-up.
 */
@ApplicationScoped
public class TextAnalysis {

    public record Insights(String language, Sentiment sentiment, List<AspectDetection.Found> aspects) {
    }

    private final LanguageDetection languages = new LanguageDetection();
    private final Stemming stemming = new Stemming();
    private final SentimentModel sentiment = new SentimentModel(new SentimentFeatures(stemming, new LexiconSentiment(stemming)));
    private final AspectDetection aspects = new AspectDetection(stemming, sentiment);
    private final AspectMatcher builtIn = new AspectMatcher(AspectTaxonomy.builtIn(), stemming);

    public Insights analyze(String text, String hint) {
        return analyze(text, hint, builtIn);
    }

    /**
     * @param hint the language the survey was answered in, used when detection is unsure
     * @param taxonomy the aspects to read for (the built-in ones and the tenant's themes)
     * @return null sentiment and no aspects for languages other than en/fi/sv
     */
    public Insights analyze(String text, String hint, AspectMatcher taxonomy) {
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
        Sentiment commentSentiment = sentiment.analyze(language, text);
        return new Insights(language, commentSentiment, aspects.find(language, text, commentSentiment, taxonomy));
    }

    /** The built-in aspects extended by {@code themes}, ready to match. */
    public AspectMatcher matcher(List<AspectDefinition> themes) {
        return themes.isEmpty() ? builtIn : new AspectMatcher(AspectTaxonomy.builtIn().with(themes), stemming);
    }

    public String detectLanguage(String text) {
        return languages.detect(text);
    }

    public Sentiment sentiment(String language, String text) {
        return sentiment.analyze(language, text);
    }
}
