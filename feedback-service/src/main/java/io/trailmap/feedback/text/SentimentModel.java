package io.trailmap.feedback.text;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentiment by a regularised logistic regression per language (one-vs-rest over NEGATIVE, NEUTRAL and
 * POSITIVE, fitted by LIBLINEAR on the labelled corpus in {@code sentiment/corpus/}; {@code bin/train-sentiment}
 * rebuilds {@code sentiment/model/<language>.bin} from it, and a test fails when the shipped file differs
 * from what the corpus gives). Scoring is a sparse dot product: each class's probability is the logistic
 * of its decision value, normalised over the three (as LIBLINEAR does); the label is the likeliest class
 * and the score is P(positive) − P(negative).
 */
public final class SentimentModel {

    public static final List<String> LABELS = List.of(Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE);
    static final String BIAS = "bias";

    private final SentimentFeatures features;
    private final Map<String, Map<String, float[]>> weights = new HashMap<>();

    public SentimentModel(SentimentFeatures features) {
        this.features = features;
        // the languages' files parse side by side: start-up waits for the largest, not for the sum
        Stemming.LANGUAGES.parallelStream().map(language -> Map.entry(language, load(language)))
                .forEachOrdered(entry -> weights.put(entry.getKey(), entry.getValue()));
    }

    public Sentiment analyze(String language, String text) {
        Map<String, float[]> model = weights.get(language);
        float[] bias = model.get(BIAS);
        double[] decision = new double[bias.length];
        for (int k = 0; k < bias.length; k++) {
            decision[k] = bias[k];
        }
        features.of(language, text).forEach((feature, value) -> {
            float[] w = model.get(feature);
            if (w != null) {
                for (int k = 0; k < decision.length; k++) {
                    decision[k] += w[k] * value;
                }
            }
        });
        double[] probability = new double[decision.length];
        double total = 0;
        int likeliest = 0;
        for (int k = 0; k < decision.length; k++) {
            probability[k] = 1 / (1 + Math.exp(-decision[k]));
            total += probability[k];
            if (probability[k] > probability[likeliest]) {
                likeliest = k;
            }
        }
        double score = (probability[LABELS.indexOf(Sentiment.POSITIVE)] - probability[LABELS.indexOf(Sentiment.NEGATIVE)]) / total;
        return Sentiment.of(score, LABELS.get(likeliest));
    }

    /**
     * The model file (written by {@code bin/train-sentiment}, big-endian, as {@link java.io.DataOutputStream} writes):
     * a header line (UTF), the labels (count, then each as UTF), the number of features, then per feature its
     * name (UTF) and one float weight per label; the bias is the feature named {@link #BIAS}. Binary so that it
     * loads in milliseconds: no number is parsed from text.
     */
    private static Map<String, float[]> load(String language) {
        String resource = "sentiment/model/" + language + ".bin";
        try (InputStream in = SentimentModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run bin/train-sentiment");
            }
            DataInputStream data = new DataInputStream(new ByteArrayInputStream(in.readAllBytes()));
            data.readUTF();   // the header: how it was fitted
            int labels = data.readInt();
            List<String> names = new ArrayList<>(labels);
            for (int k = 0; k < labels; k++) {
                names.add(data.readUTF());
            }
            if (!names.equals(LABELS)) {
                throw new IllegalStateException(resource + ": labels " + names + " are not " + LABELS);
            }
            int features = data.readInt();
            Map<String, float[]> model = new HashMap<>(features * 4 / 3 + 1);
            for (int f = 0; f < features; f++) {
                String name = data.readUTF();
                float[] w = new float[labels];
                for (int k = 0; k < labels; k++) {
                    w[k] = data.readFloat();
                }
                model.put(name, w);
            }
            if (!model.containsKey(BIAS)) {
                throw new IllegalStateException(resource + " has no bias row");
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}
