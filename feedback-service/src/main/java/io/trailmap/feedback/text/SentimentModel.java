package io.trailmap.feedback.text;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
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
    private final Map<String, FeatureWeights> weights = new HashMap<>();

    public SentimentModel(SentimentFeatures features) {
        this.features = features;
        Stemming.LANGUAGES.forEach(language -> weights.put(language, load(language)));
    }

    public Sentiment analyze(String language, String text) {
        FeatureWeights model = weights.get(language);
        double[] decision = new double[LABELS.size()];
        model.addTo(decision, BIAS, 1);
        features.of(language, text).forEach((feature, value) -> model.addTo(decision, feature, value));
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
     * The model file (written by {@code bin/train-sentiment}): a header line and the labels (count, then
     * each, as {@link java.io.DataOutputStream#writeUTF} writes them), then the {@link FeatureWeights}; the bias is the
     * feature named {@link #BIAS}. Binary and without names so that it loads in milliseconds: no number is parsed
     * from text, no name decoded.
     */
    private static FeatureWeights load(String language) {
        String resource = "sentiment/model/" + language + ".bin";
        try (InputStream in = SentimentModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run bin/train-sentiment");
            }
            byte[] file = in.readAllBytes();
            ByteArrayInputStream bytes = new ByteArrayInputStream(file);
            DataInputStream head = new DataInputStream(bytes);
            head.readUTF();   // the header: how it was fitted
            int labels = head.readInt();
            List<String> names = new ArrayList<>(labels);
            for (int k = 0; k < labels; k++) {
                names.add(head.readUTF());
            }
            if (!names.equals(LABELS)) {
                throw new IllegalStateException(resource + ": labels " + names + " are not " + LABELS);
            }
            FeatureWeights model = FeatureWeights.read(ByteBuffer.wrap(file, file.length - bytes.available(), bytes.available()), labels);
            if (!model.addTo(new double[labels], BIAS, 1)) {
                throw new IllegalStateException(resource + " has no bias row");
            }
            return model;
        } catch (IOException | java.nio.BufferUnderflowException e) {
            throw new IllegalStateException(resource + " cannot be read: run bin/train-sentiment", e);
        }
    }
}
