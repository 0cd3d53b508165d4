package io.trailmap.feedback.text;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link SentimentModel} sees of a comment, as named features: stemmed words, marked when a negation
 * before them in their clause turns them ("not helpful", "ei toiminut", "inte bra"); pairs of stems;
 * the character 3- to 5-grams of every word, which carry Finnish case endings and the parts of Finnish
 * and Swedish compounds (toimitus|aika, leverans|tid) that no stemmer splits; a question or an
 * exclamation; and the lexicon's score with its rules ({@link LexiconSentiment}). The text features are
 * scaled to unit length, so a long comment does not outweigh a short one; the lexicon's are added as they are.
 */
public final class SentimentFeatures {

    static final String LEXICON = "lex";
    /**
     * The lexicon's features weigh this much against the unit-length text ones: its rules know words and
     * negations the corpus may lack, so they should cost the regularisation little.
     */
    private static final double LEXICON_WEIGHT = 3;
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;

    private final Stemming stemming;
    private final LexiconSentiment lexicon;

    public SentimentFeatures(Stemming stemming, LexiconSentiment lexicon) {
        this.stemming = stemming;
        this.lexicon = lexicon;
    }

    /** Feature name → value, sorted by name. */
    public Map<String, Double> of(String language, String text) {
        List<Token> tokens = stemming.tokens(language, text);
        Map<String, Double> features = new TreeMap<>();
        boolean negated = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > 0 && LexiconSentiment.CLAUSE_BREAK.matcher(text.substring(tokens.get(i - 1).end(), token.start())).find()) {
                negated = false;
            }
            features.put("w:" + (negated ? "¬" : "") + token.stem(), 1.0);
            if (i > 0) {
                features.put("b:" + tokens.get(i - 1).stem() + " " + token.stem(), 1.0);
            }
            String bounded = "<" + token.word() + ">";
            for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
                for (int at = 0; at + n <= bounded.length(); at++) {
                    features.put("c:" + bounded.substring(at, at + n), 1.0);
                }
            }
            if (LexiconSentiment.negates(language, token.word())) {
                negated = true;
            }
        }
        if (text.indexOf('?') >= 0) {
            features.put("p:?", 1.0);
        }
        if (text.indexOf('!') >= 0) {
            features.put("p:!", 1.0);
        }
        double length = Math.sqrt(features.size());
        features.replaceAll((name, value) -> value / length);
        Sentiment rules = lexicon.analyze(language, text);
        features.put(LEXICON, LEXICON_WEIGHT * rules.score());
        features.put(LEXICON + ":" + rules.label(), LEXICON_WEIGHT);
        return features;
    }
}
