package io.trailmap.feedback.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped sentiment models are exactly what the corpus trains: fails when a corpus file or the features
 * changed and the models were not rebuilt. {@code bin/train-sentiment} (this test with
 * {@code -Dsentiment.write=true}) rebuilds them.
 */
class ShippedSentimentModelTest {

    @Test
    void eachShippedModelIsWhatItsCorpusTrains() throws Exception {
        Stemming stemming = new Stemming();
        SentimentTraining training = new SentimentTraining(new SentimentFeatures(stemming, new LexiconSentiment(stemming)));
        boolean write = Boolean.getBoolean("sentiment.write");
        Files.createDirectories(SentimentTraining.MODELS);
        for (String language : Stemming.LANGUAGES) {
            var corpus = SentimentTraining.corpus(language);
            Map<String, Long> perLabel = new java.util.TreeMap<>();
            corpus.forEach(c -> perLabel.merge(c.label(), 1L, Long::sum));
            SentimentTraining.Fitted fitted = training.fit(language, corpus);
            System.out.printf("sentiment model %s: %d comments %s, %d features, C=%s, 5-fold on the corpus: accuracy %.1f %%, %s%n",
                    language, fitted.comments(), perLabel, fitted.features(), fitted.c(), 100 * fitted.crossValidated().accuracy(),
                    fitted.crossValidated());
            var shipped = SentimentTraining.MODELS.resolve(language + ".tsv");
            if (write) {
                Files.writeString(shipped, fitted.file(), StandardCharsets.UTF_8);
            }
            assertThat(Files.exists(shipped)).as(shipped + " exists (bin/train-sentiment writes it)").isTrue();
            assertThat(Files.readString(shipped, StandardCharsets.UTF_8).equals(fitted.file()))
                    .as(shipped + " is what sentiment/corpus/" + language + "-*.tsv trains: run bin/train-sentiment").isTrue();
            assertThat(perLabel.keySet()).containsExactlyInAnyOrderElementsOf(SentimentModel.LABELS);
        }
    }
}
