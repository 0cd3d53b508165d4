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

/**
 * Sentiment by a regularised logistic regression per language (one-vs-rest over NEGATIVE, NEUTRAL and
 * POSITIVE, fitted by LIBLINEAR on the labelled corpus in {@code sentiment/corpus/}; {@code bin/train-sentiment}
 * rebuilds {@code sentiment/model/<language>.tsv} from it, and a test fails when the shipped file differs
 * from what the corpus gives). Scoring is a sparse dot product: each class's probability is the logistic
 * of its decision value, normalised over the three (as LIBLINEAR does); the label is the likeliest class
 * and the score is P(positive) − P(negative).
 */
public final class SentimentModel {

    public static final List<String> LABELS = List.of(Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE);
    static final String BIAS = "bias";

    private final SentimentFeatures features;
    private final Map<String, Map<String, double[]>> weights = new HashMap<>();

    public SentimentModel(SentimentFeatures features) {
        this.features = features;
        // the languages' files parse side by side: start-up waits for the largest, not for the sum
        Stemming.LANGUAGES.parallelStream().map(language -> Map.entry(language, load(language)))
                .forEachOrdered(entry -> weights.put(entry.getKey(), entry.getValue()));
    }

    public Sentiment analyze(String language, String text) {
        Map<String, double[]> model = weights.get(language);
        double[] decision = model.get(BIAS).clone();
        features.of(language, text).forEach((feature, value) -> {
            double[] w = model.get(feature);
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

    /** The model file: a header naming the labels' columns, then one feature per line with a weight per label. */
    private static Map<String, double[]> load(String language) {
        String resource = "sentiment/model/" + language + ".tsv";
        Map<String, double[]> model = new HashMap<>(1 << 16);
        try (InputStream in = SentimentModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run bin/train-sentiment");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String name = line.substring(0, tab);
                if (name.equals("labels")) {
                    if (!List.of(line.substring(tab + 1).split("\t")).equals(LABELS)) {
                        throw new IllegalStateException(resource + ": labels " + line + " are not " + LABELS);
                    }
                    continue;
                }
                double[] w = new double[LABELS.size()];
                for (int k = 0; k < w.length; k++) {
                    int next = line.indexOf('\t', tab + 1);
                    w[k] = Double.parseDouble(line.substring(tab + 1, next < 0 ? line.length() : next));
                    tab = next;
                }
                model.put(name, w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
        if (!model.containsKey(BIAS)) {
            throw new IllegalStateException(resource + " has no bias row");
        }
        return model;
    }
}
