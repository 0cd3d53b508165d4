package io.trailmap.feedback.text;

import java.util.List;

/**
 * How well predicted labels match gold ones: polarity accuracy (over the comments whose gold label is
 * POSITIVE or NEGATIVE, the share predicted exactly so; a NEUTRAL prediction counts as wrong) and macro-F1
 * over the three labels (each label's F1 = 2PR / (P + R), 0 where it is never right, averaged unweighted).
 */
record ClassificationScores(int comments, int right, int polar, int polarRight, double macroF1) {

    record Judged(String gold, String predicted) {
    }

    static ClassificationScores of(List<Judged> judged) {
        int polar = 0;
        int polarRight = 0;
        int right = (int) judged.stream().filter(j -> j.gold().equals(j.predicted())).count();
        double f1Sum = 0;
        for (String label : SentimentModel.LABELS) {
            long truePositives = judged.stream().filter(j -> j.gold().equals(label) && j.predicted().equals(label)).count();
            long predicted = judged.stream().filter(j -> j.predicted().equals(label)).count();
            long gold = judged.stream().filter(j -> j.gold().equals(label)).count();
            double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
            double recall = gold == 0 ? 0 : (double) truePositives / gold;
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        for (Judged j : judged) {
            if (!j.gold().equals(Sentiment.NEUTRAL)) {
                polar++;
                if (j.predicted().equals(j.gold())) {
                    polarRight++;
                }
            }
        }
        return new ClassificationScores(judged.size(), right, polar, polarRight, f1Sum / SentimentModel.LABELS.size());
    }

    /** The share of all comments labelled exactly right. */
    double accuracy() {
        return comments == 0 ? 0 : (double) right / comments;
    }

    double polarityAccuracy() {
        return polar == 0 ? 0 : (double) polarRight / polar;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "polarity %d/%d = %.1f %%, macro-F1 %.3f", polarRight, polar,
                100 * polarityAccuracy(), macroF1);
    }
}
