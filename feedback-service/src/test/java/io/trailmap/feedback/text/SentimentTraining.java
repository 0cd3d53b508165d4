package io.trailmap.feedback.text;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Fits {@link SentimentModel}'s weights from the labelled corpus ({@code src/main/resources/sentiment/corpus/<language>-*.tsv},
 * lines {@code LABEL<TAB>comment}) with LIBLINEAR's L2-regularised logistic regression. The features kept are
 * those of at least {@value #MIN_COMMENTS} comments (and the lexicon's, always); the regularisation C is
 * chosen by 5-fold cross-validation on the corpus itself, over {@link #C_GRID}. Everything is deterministic:
 * the folds are fixed by position, the solver (trust-region Newton) draws nothing at random, so the same
 * corpus gives the same file byte for byte.
 */
final class SentimentTraining {

    static final Path CORPUS = Path.of("src/main/resources/sentiment/corpus");
    static final Path MODELS = Path.of("src/main/resources/sentiment/model");
    static final double[] C_GRID = {4, 16, 32, 128};
    private static final int MIN_COMMENTS = 2;
    private static final int FOLDS = 5;

    record Labelled(String label, String text) {
    }

    /** A fitted model: its file's text, the C it was fitted with and the cross-validated scores that chose it. */
    record Fitted(byte[] file, double c, ClassificationScores crossValidated, int comments, int features) {
    }

    private final SentimentFeatures features;

    SentimentTraining(SentimentFeatures features) {
        this.features = features;
        Linear.disableDebugOutput();
    }

    static List<Labelled> corpus(String language) {
        List<Labelled> comments = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(language + "-")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\t", 2);
                    if (parts.length != 2 || !SentimentModel.LABELS.contains(parts[0])) {
                        throw new IllegalStateException(file + ": not LABEL<TAB>comment: " + line);
                    }
                    comments.add(new Labelled(parts[0], parts[1].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return comments;
    }

    /** Chooses C by 5-fold cross-validation over {@link #C_GRID}, then fits the corpus with it. */
    Fitted fit(String language, List<Labelled> corpus) {
        List<Map<String, Double>> vectors = corpus.stream().map(c -> features.of(language, c.text())).toList();
        double bestC = C_GRID[0];
        ClassificationScores best = null;
        for (double c : C_GRID) {
            ClassificationScores scores = crossValidated(corpus, vectors, c);
            if (best == null || scores.accuracy() > best.accuracy() + 1e-9) {
                best = scores;
                bestC = c;
            }
        }
        return fitted(language, corpus, vectors, bestC, best, best.accuracy());
    }

    /**
     * Fits the corpus with the C a shipped model's header names, without choosing it again: what the shipped model
     * must be when the corpus and the features are unchanged. {@code crossValidatedAccuracy} goes to the header as given.
     */
    Fitted refit(String language, List<Labelled> corpus, double c, double crossValidatedAccuracy) {
        List<Map<String, Double>> vectors = corpus.stream().map(comment -> features.of(language, comment.text())).toList();
        return fitted(language, corpus, vectors, c, null, crossValidatedAccuracy);
    }

    /** The C and the 5-fold accuracy a model file's header names. */
    static double[] header(byte[] modelFile) throws IOException {
        String header = new DataInputStream(new ByteArrayInputStream(modelFile)).readUTF();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("C=([0-9.]+),.*\\(5-fold accuracy ([0-9.]+)\\)").matcher(header);
        if (!m.find()) {
            throw new IllegalStateException("no C and 5-fold accuracy in the model's header");
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    private Fitted fitted(String language, List<Labelled> corpus, List<Map<String, Double>> vectors, double c,
                          ClassificationScores crossValidated, double accuracy) {
        Vocabulary vocabulary = Vocabulary.of(vectors);
        Model model = Linear.train(problem(corpus, vectors, vocabulary), parameter(c));
        return new Fitted(file(language, model, vocabulary, c, accuracy, corpus.size()), c, crossValidated, corpus.size(),
                vocabulary.names().size());
    }

    /** Each comment judged by a model fitted on the other four fifths. */
    private ClassificationScores crossValidated(List<Labelled> corpus, List<Map<String, Double>> vectors, double c) {
        List<ClassificationScores.Judged> judged = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Labelled> trainLabels = new ArrayList<>();
            List<Map<String, Double>> trainVectors = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (i % FOLDS != fold) {
                    trainLabels.add(corpus.get(i));
                    trainVectors.add(vectors.get(i));
                }
            }
            Vocabulary vocabulary = Vocabulary.of(trainVectors);
            Model model = Linear.train(problem(trainLabels, trainVectors, vocabulary), parameter(c));
            for (int i = fold; i < corpus.size(); i += FOLDS) {
                int predicted = (int) Linear.predict(model, vocabulary.row(vectors.get(i)));
                judged.add(new ClassificationScores.Judged(corpus.get(i).label(), SentimentModel.LABELS.get(predicted)));
            }
        }
        return ClassificationScores.of(judged);
    }

    private static Parameter parameter(double c) {
        return new Parameter(SolverType.L2R_LR, c, 0.001);
    }

    private static Problem problem(List<Labelled> corpus, List<Map<String, Double>> vectors, Vocabulary vocabulary) {
        Problem problem = new Problem();
        problem.l = corpus.size();
        problem.n = vocabulary.names().size() + 1;   // + the bias
        problem.bias = 1;
        problem.x = vectors.stream().map(vocabulary::row).toArray(Feature[][]::new);
        problem.y = corpus.stream().mapToDouble(c -> SentimentModel.LABELS.indexOf(c.label())).toArray();
        return problem;
    }

    /** The model file {@link SentimentModel} loads: header, labels, then the {@link FeatureWeights} of the features. */
    private static byte[] file(String language, Model model, Vocabulary vocabulary, double c, double accuracy, int comments) {
        int[] labels = model.getLabels();
        int classes = model.getNrClass();
        double[] w = model.getFeatureWeights();
        int[] column = new int[SentimentModel.LABELS.size()];   // model's class index of each of LABELS
        for (int k = 0; k < classes; k++) {
            column[labels[k]] = k;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(String.format(Locale.ROOT, "# Trailmap sentiment model (%s): L2-regularised logistic regression, one-vs-rest,"
                    + " C=%s, fitted by bin/train-sentiment on %d comments of sentiment/corpus/%s-*.tsv (5-fold accuracy %.3f)",
                    language, c, comments, language, accuracy));
            out.writeInt(SentimentModel.LABELS.size());
            for (String label : SentimentModel.LABELS) {
                out.writeUTF(label);
            }
            List<String> names = vocabulary.names();
            Map<String, float[]> byName = new HashMap<>();
            for (int f = 0; f <= names.size(); f++) {
                float[] weights = new float[SentimentModel.LABELS.size()];
                for (int k = 0; k < weights.length; k++) {
                    weights[k] = (float) w[f * classes + column[k]];
                }
                byName.put(f == names.size() ? SentimentModel.BIAS : names.get(f), weights);
            }
            FeatureWeights.of(byName, SentimentModel.LABELS.size()).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The features kept, in name order, each with its 1-based LIBLINEAR index. */
    record Vocabulary(List<String> names, Map<String, Integer> index) {

        static Vocabulary of(List<Map<String, Double>> vectors) {
            Map<String, Integer> comments = new HashMap<>();
            vectors.forEach(v -> v.keySet().forEach(name -> comments.merge(name, 1, Integer::sum)));
            TreeSet<String> kept = new TreeSet<>();
            comments.forEach((name, count) -> {
                if (count >= MIN_COMMENTS || name.startsWith(SentimentFeatures.LEXICON)) {
                    kept.add(name);
                }
            });
            List<String> names = List.copyOf(kept);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i + 1);
            }
            return new Vocabulary(names, index);
        }

        Feature[] row(Map<String, Double> vector) {
            TreeMap<Integer, Double> known = new TreeMap<>();
            vector.forEach((name, value) -> {
                Integer i = index.get(name);
                if (i != null) {
                    known.put(i, value);
                }
            });
            List<Feature> row = new ArrayList<>();
            known.forEach((i, value) -> row.add(new FeatureNode(i, value)));
            row.add(new FeatureNode(names.size() + 1, 1.0));   // the bias
            return row.toArray(Feature[]::new);
        }
    }
}
