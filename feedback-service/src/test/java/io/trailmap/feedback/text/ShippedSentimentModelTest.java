package io.trailmap.feedback.text;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped sentiment models are exactly what the corpus trains: fails when a corpus file or the features
 * changed and the models were not rebuilt. {@code bin/train-sentiment} (this test with
 * {@code -Dsentiment.write=true}) rebuilds them.
 */
class ShippedSentimentModelTest {

    /**
     * Without {@code -Dsentiment.write=true} the model is fitted once with the C its header names (choosing C again by
     * cross-validation is what {@code bin/train-sentiment} does, twenty fits more per language): a changed corpus or
     * feature set still changes the weights and fails here.
     */
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
            var shipped = SentimentTraining.MODELS.resolve(language + ".bin");
            SentimentTraining.Fitted fitted;
            if (write) {
                fitted = training.fit(language, corpus);
                System.out.printf("sentiment model %s: %d comments %s, %d features, C=%s, 5-fold on the corpus: accuracy %.1f %%, %s%n",
                        language, fitted.comments(), perLabel, fitted.features(), fitted.c(),
                        100 * fitted.crossValidated().accuracy(), fitted.crossValidated());
                Files.write(shipped, fitted.file());
            } else {
                assertThat(Files.exists(shipped)).as(shipped + " exists (bin/train-sentiment writes it)").isTrue();
                double[] header = SentimentTraining.header(Files.readAllBytes(shipped));
                fitted = training.refit(language, corpus, header[0], header[1]);
            }
            assertThat(java.util.Arrays.equals(Files.readAllBytes(shipped), fitted.file()))
                    .as(shipped + " is what sentiment/corpus/" + language + "-*.tsv trains: run bin/train-sentiment").isTrue();
            assertThat(perLabel.keySet()).containsExactlyInAnyOrderElementsOf(SentimentModel.LABELS);
        }
    }
}
