package io.trailmap.feedback.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentiment and language detection on the held-out comments ({@code src/test/resources/sentiment/heldout/<language>.tsv},
 * lines {@code LABEL<TAB>ASPECTS<TAB>comment}):
 * written by someone who had seen neither the corpus nor the model, after the model was frozen (the files'
 * first line names the freeze), and never used to train or tune anything. {@code sentiment/heldout-3/} is the set
 * before it: written after the previous freeze, never used for anything (its misses were never read), so the
 * model is scored on it too — a figure on comments it never learned from, though not written after its freeze. A set whose misses were read to
 * improve the corpus is not held out any more: it moves to {@code sentiment/seen-N/} and a new one is written. Beside the model it
 * scores the lexicon with its rules (the sentiment of v1) and the AFINN-style word list (the lexicon's words
 * summed, no rules), the same way. The figures go to BENCHMARKS.md ("Sentiment, held out").
 *
 * <p>Floors: what the frozen model measured here, so a change that makes it worse fails; the issue's
 * targets (polarity ≥ 90 %, macro-F1 ≥ 0.80 per language, language ≥ 97 % from 4 words) are printed beside them.
 */
class HeldOutSentimentEvaluationTest {

    /** A held-out comment: its gold label and the aspects its writer saw in it (for the aspect evaluation to come). */
    record Comment(String language, String label, List<String> aspects, String text) {
        int words() {
            return text.strip().split("\\s+").length;
        }
    }

    /** The fourth set, read once with the model frozen at 82ed3dd: 131, 150 and 148 of 168 right, macro-F1 0.826, 0.867, 0.863 printed. */
    private static final Floors HELD_OUT = new Floors(Map.of("en", 131 / 168.0, "fi", 150 / 168.0, "sv", 148 / 168.0),
            Map.of("en", 0.825, "fi", 0.866, "sv", 0.862));
    /** The third set with the same model: 144, 155 and 149 of 168 polar comments right, macro-F1 0.842, 0.906, 0.854 printed. */
    private static final Floors THIRD_SET = new Floors(Map.of("en", 144 / 168.0, "fi", 155 / 168.0, "sv", 149 / 168.0),
            Map.of("en", 0.841, "fi", 0.905, "sv", 0.853));
    private static final double LANGUAGE_FLOOR_FROM_FOUR_WORDS = 0.994;   // fourth set: en 172/173, fi and sv all

    record Floors(Map<String, Double> polarity, Map<String, Double> macroF1) {
    }

    private static final List<Comment> comments = new ArrayList<>();
    private static final List<Comment> thirdSet = new ArrayList<>();
    private static TextAnalysis analysis;
    private static LexiconSentiment lexicon;

    @BeforeAll
    static void load() throws IOException {
        long start = System.nanoTime();
        analysis = new TextAnalysis();
        System.out.printf("text analysis (language detection, lexicons, sentiment models) loaded in %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        new SentimentModel(new SentimentFeatures(new Stemming(), new LexiconSentiment(new Stemming())));
        System.out.printf("sentiment models alone loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        lexicon = new LexiconSentiment(new Stemming());
        comments.addAll(read("heldout"));
        thirdSet.addAll(read("heldout-3"));
    }

    private static List<Comment> read(String set) throws IOException {
        List<Comment> read = new ArrayList<>();
        for (String language : Stemming.LANGUAGES) {
            try (InputStream in = HeldOutSentimentEvaluationTest.class.getResourceAsStream("/sentiment/" + set + "/" + language + ".tsv")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\t", 3);
                    List<String> aspects = parts[1].equals("-") ? List.of() : List.of(parts[1].split(","));
                    read.add(new Comment(language, parts[0], aspects, parts[2].strip()));
                }
            }
        }
        return read;
    }

    @Test
    void atLeastOneHundredFiftyHeldOutCommentsPerLanguageOfEveryLabel() {
        for (String language : Stemming.LANGUAGES) {
            assertThat(thirdSet.stream().filter(c -> c.language().equals(language))).as("third set " + language).hasSize(210);
            List<Comment> own = comments.stream().filter(c -> c.language().equals(language)).toList();
            assertThat(own).as(language).hasSizeGreaterThanOrEqualTo(150);
            assertThat(own.stream().map(Comment::label).distinct()).as(language).containsExactlyInAnyOrderElementsOf(SentimentModel.LABELS);
        }
    }

    @Test
    void sentimentOfTheModelBesideTheLexiconAndTheWordList() {
        printScoringTime();
        assertScores("held-out", comments, HELD_OUT);
        if (Boolean.getBoolean("sentiment.misses")) {   // reading them makes the set seen: it then moves to sentiment/seen-N
            comments.stream().filter(c -> !analysis.sentiment(c.language(), c.text()).label().equals(c.label()))
                    .forEach(c -> System.out.printf("  miss %s %s→%s: %s%n", c.language(), c.label(),
                            analysis.sentiment(c.language(), c.text()).label(), c.text()));
        }
    }

    @Test
    void sentimentOnTheThirdSet() {
        assertScores("third set", thirdSet, THIRD_SET);
    }

    private void assertScores(String set, List<Comment> judged, Floors floors) {
        Map<String, ClassificationScores> model = scores(judged, analysis::sentiment);
        Map<String, ClassificationScores> rules = scores(judged, lexicon::analyze);
        Map<String, ClassificationScores> wordList = scores(judged, lexicon::wordList);
        for (String language : Stemming.LANGUAGES) {
            System.out.printf("%s %s (%d comments): model %s | lexicon with rules %s | word list %s%n", set, language,
                    model.get(language).comments(), model.get(language), rules.get(language), wordList.get(language));
        }
        for (String language : Stemming.LANGUAGES) {
            assertThat(model.get(language).polarityAccuracy()).as(set + " polarity " + language + " (target 0.90)")
                    .isGreaterThanOrEqualTo(floors.polarity().get(language));
            assertThat(model.get(language).macroF1()).as(set + " macro-F1 " + language + " (target 0.80)")
                    .isGreaterThanOrEqualTo(floors.macroF1().get(language));
        }
    }

    @Test
    void languageDetectionByCommentLength() {
        Map<String, int[]> fromFour = new TreeMap<>();
        Map<String, int[]> upToThree = new TreeMap<>();
        for (Comment c : comments) {
            int[] counts = (c.words() >= 4 ? fromFour : upToThree).computeIfAbsent(c.language(), k -> new int[2]);
            counts[1]++;
            if (analysis.detectLanguage(c.text()).equals(c.language())) {
                counts[0]++;
            }
        }
        fromFour.forEach((language, c) -> System.out.printf("held-out language %s, ≥ 4 words: %d/%d = %.1f %%%n", language, c[0], c[1], 100.0 * c[0] / c[1]));
        upToThree.forEach((language, c) -> System.out.printf("held-out language %s, 1–3 words: %d/%d = %.1f %%%n", language, c[0], c[1], 100.0 * c[0] / c[1]));
        fromFour.forEach((language, c) -> assertThat((double) c[0] / c[1]).as("language " + language + " from 4 words (target 0.97)")
                .isGreaterThanOrEqualTo(LANGUAGE_FLOOR_FROM_FOUR_WORDS));
    }

    /** A figure for BENCHMARKS.md, not a check: timing belongs to benchmarks. */
    private static void printScoringTime() {
        int rounds = 5;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            comments.forEach(c -> analysis.sentiment(c.language(), c.text()));
        }
        double micros = (System.nanoTime() - start) / 1e3 / rounds / comments.size();
        System.out.printf("sentiment scoring: %.1f µs a comment (mean over %d held-out comments × %d rounds, after one)%n",
                micros, comments.size(), rounds);
    }

    private static Map<String, ClassificationScores> scores(List<Comment> set, BiFunction<String, String, Sentiment> sentiment) {
        Map<String, List<ClassificationScores.Judged>> judged = new TreeMap<>();
        for (Comment c : set) {
            judged.computeIfAbsent(c.language(), k -> new ArrayList<>())
                    .add(new ClassificationScores.Judged(c.label(), sentiment.apply(c.language(), c.text()).label()));
        }
        Map<String, ClassificationScores> scores = new TreeMap<>();
        judged.forEach((language, list) -> scores.put(language, ClassificationScores.of(list)));
        return scores;
    }
}
