package io.trailmap.feedback.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tokenises and stems English, Finnish and Swedish with Lucene's Snowball stemmers, keeping every
 * word (negations such as "not", "ei", "inte" matter for sentiment), and knows each language's
 * stop words (Lucene's lists) for theme extraction.
 */
public final class Stemming {

    public static final List<String> LANGUAGES = List.of("en", "fi", "sv");

    private final Map<String, Analyzer> analyzers = Map.of(
            "en", analyzer(EnglishStemmer::new),
            "fi", analyzer(FinnishStemmer::new),
            "sv", analyzer(SwedishStemmer::new));
    /** Lucene's English list is short (33 words); customer comments need the common verbs and pronouns too. */
    private static final List<String> MORE_ENGLISH_STOP_WORDS = List.of("was", "were", "been", "being", "have", "has",
            "had", "did", "does", "doing", "would", "could", "should", "can", "may", "might", "must", "shall", "i", "me",
            "my", "mine", "we", "us", "our", "you", "your", "he", "she", "him", "her", "his", "they", "them", "their", "its",
            "it's", "i'm", "i've", "i'd", "very", "really", "also", "just", "get", "got", "all", "any", "one", "two",
            "what", "when", "where", "which", "who", "whom", "how", "why", "from", "about", "after", "before", "again",
            "still", "than", "too", "only", "more", "most", "some", "here", "those", "am", "because", "while", "over",
            "under", "up", "down", "out", "off", "each", "other", "same", "own", "even", "much", "many", "every",
            "time", "times", "day", "days", "week", "weeks");

    private final Map<String, CharArraySet> stopWords = Map.of(
            "en", englishStopWords(),
            "fi", FinnishAnalyzer.getDefaultStopSet(),
            "sv", SwedishAnalyzer.getDefaultStopSet());

    public boolean supports(String language) {
        return analyzers.containsKey(language);
    }

    /** Every word of {@code text} with its stem, in order. */
    public List<Token> tokens(String language, String text) {
        Analyzer analyzer = analyzers.get(language);
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(),
                        text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT),
                        offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The stem of a single word, or null when {@code word} is not exactly one word. */
    public String stem(String language, String word) {
        List<Token> tokens = tokens(language, word);
        return tokens.size() == 1 ? tokens.getFirst().stem() : null;
    }

    public boolean isStopWord(String language, String word) {
        return stopWords.get(language).contains(word);
    }

    private static CharArraySet englishStopWords() {
        CharArraySet words = CharArraySet.copy(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        words.addAll(MORE_ENGLISH_STOP_WORDS);
        return CharArraySet.unmodifiableSet(words);
    }

    private static Analyzer analyzer(Supplier<SnowballStemmer> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new SnowballFilter(new LowerCaseFilter(tokenizer), stemmer.get());
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
