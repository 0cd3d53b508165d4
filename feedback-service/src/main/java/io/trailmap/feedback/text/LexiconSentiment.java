package io.trailmap.feedback.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lexicon-based sentiment for English, Finnish and Swedish (in the manner of VADER): each stemmed
 * word has a polarity; a negation up to three words before flips and damps it ("ei ollut hyvä",
 * "inte bra", "not good"); an intensifier just before strengthens it; after a contrast word ("but",
 * "mutta", "men") words weigh more, before it less. The sum s becomes s / √(s² + 15). No longer the
 * platform's sentiment on its own: its score is one of {@link SentimentModel}'s features, and
 * {@link #wordList} (the words alone, no rules) is the AFINN-style baseline evaluations print beside it.
 */
public final class LexiconSentiment {

    private static final double NORMALISATION = 15;
    private static final double NEGATION = -0.75;
    private static final int NEGATION_REACH = 3;
    private static final double INTENSIFIER = 1.4;
    static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,.;:!?]");
    private static final Map<String, Set<String>> NEGATIONS = Map.of(
            "en", Set.of("not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly",
                    "don't", "didn't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "won't", "can't", "couldn't",
                    "wouldn't", "shouldn't", "haven't", "hasn't", "cannot"),
            "fi", Set.of("ei", "en", "et", "emme", "ette", "eivät", "eikä", "enkä", "etkä", "ilman", "koskaan"),
            "sv", Set.of("inte", "ej", "aldrig", "ingen", "inget", "inga", "utan", "icke"));
    private static final Map<String, Set<String>> INTENSIFIERS = Map.of(
            "en", Set.of("very", "really", "so", "extremely", "super", "totally", "absolutely", "incredibly", "too"),
            "fi", Set.of("todella", "tosi", "erittäin", "hyvin", "aivan", "niin", "liian", "älyttömän", "super"),
            "sv", Set.of("mycket", "väldigt", "jätte", "riktigt", "så", "extremt", "otroligt", "för", "super"));
    private static final Map<String, Set<String>> CONTRASTS = Map.of(
            "en", Set.of("but", "however", "although", "though"),
            "fi", Set.of("mutta", "mut", "kuitenkin", "vaikka"),
            "sv", Set.of("men", "dock", "fast", "trots"));

    private final Stemming stemming;
    private final Map<String, Map<String, Double>> lexicons = new HashMap<>();

    public LexiconSentiment(Stemming stemming) {
        this.stemming = stemming;
        for (String language : Stemming.LANGUAGES) {
            lexicons.put(language, load(language));
        }
    }

    public boolean supports(String language) {
        return lexicons.containsKey(language);
    }

    /** The sentiment of {@code text} in {@code language} (one of en, fi, sv). */
    public Sentiment analyze(String language, String text) {
        Map<String, Double> lexicon = lexicons.get(language);
        List<Token> tokens = stemming.tokens(language, text);
        int contrastAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (CONTRASTS.get(language).contains(tokens.get(i).word())) {
                contrastAt = i;
            }
        }
        double sum = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Double polarity = lexicon.get(token.stem());
            if (polarity == null || INTENSIFIERS.get(language).contains(token.word()) && polarity > 0 && i + 1 < tokens.size()) {
                continue;
            }
            double value = polarity;
            if (i > 0 && INTENSIFIERS.get(language).contains(tokens.get(i - 1).word())) {
                value *= INTENSIFIER;
            }
            if (negated(language, text, tokens, i)) {
                value *= NEGATION;
            }
            if (contrastAt >= 0) {
                value *= i > contrastAt ? 1.5 : 0.5;
            }
            sum += value;
        }
        return Sentiment.of(sum / Math.sqrt(sum * sum + NORMALISATION));
    }

    /**
     * The AFINN-style word-list baseline: the sum of the words' polarities, with no negation, intensifier or
     * contrast rule, normalised as {@link #analyze} is.
     */
    public Sentiment wordList(String language, String text) {
        Map<String, Double> lexicon = lexicons.get(language);
        double sum = stemming.tokens(language, text).stream().mapToDouble(t -> lexicon.getOrDefault(t.stem(), 0.0)).sum();
        return Sentiment.of(sum / Math.sqrt(sum * sum + NORMALISATION));
    }

    /** Whether {@code word} (lower case, as written) negates what follows it in its clause. */
    public static boolean negates(String language, String word) {
        return NEGATIONS.get(language).contains(word) || (language.equals("en") && word.endsWith("n't"));
    }

    /** A negation up to three words before, in the same clause (no punctuation in between). */
    private static boolean negated(String language, String text, List<Token> tokens, int at) {
        for (int j = at - 1; j >= Math.max(0, at - NEGATION_REACH); j--) {
            if (CLAUSE_BREAK.matcher(text.substring(tokens.get(j).end(), tokens.get(j + 1).start())).find()) {
                return false;
            }
            if (negates(language, tokens.get(j).word())) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Double> load(String language) {
        Map<String, Double> lexicon = new HashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("sentiment/" + language + ".txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                String stem = stemming.stem(language, parts[0].strip());
                if (stem == null) {
                    throw new IllegalStateException("lexicon " + language + ": '" + parts[0] + "' is not one word");
                }
                lexicon.put(stem, Double.parseDouble(parts[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sentiment lexicon " + language + " cannot be read", e);
        }
        return lexicon;
    }
}
