package io.trailmap.feedback.text;

import java.util.Collection;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Precision and recall per label of a multi-label task (each comment names any number of aspects): per label,
 * a comment is a true positive when both gold and found name it, a false positive when only found does, a
 * false negative when only gold does; micro figures pool the counts of every label.
 */
final class MultiLabelScores {

    record Counts(int truePositives, int falsePositives, int falseNegatives) {

        /** Null when nothing was found (precision of no answers is undefined). */
        Double precision() {
            return truePositives + falsePositives == 0 ? null : (double) truePositives / (truePositives + falsePositives);
        }

        /** Null when gold never names it. */
        Double recall() {
            return truePositives + falseNegatives == 0 ? null : (double) truePositives / (truePositives + falseNegatives);
        }

        Double f1() {
            Double p = precision();
            Double r = recall();
            return p == null || r == null || p + r == 0 ? null : 2 * p * r / (p + r);
        }

        int support() {
            return truePositives + falseNegatives;
        }
    }

    private final TreeMap<String, int[]> counts = new TreeMap<>();

    void add(Collection<String> gold, Collection<String> found) {
        Set<String> labels = new TreeSet<>(gold);
        labels.addAll(found);
        for (String label : labels) {
            int[] c = counts.computeIfAbsent(label, l -> new int[3]);
            boolean g = gold.contains(label);
            boolean f = found.contains(label);
            c[g && f ? 0 : f ? 1 : 2]++;
        }
    }

    Counts of(String label) {
        int[] c = counts.getOrDefault(label, new int[3]);
        return new Counts(c[0], c[1], c[2]);
    }

    Counts micro() {
        int[] sum = new int[3];
        counts.values().forEach(c -> {
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        });
        return new Counts(sum[0], sum[1], sum[2]);
    }

    Set<String> labels() {
        return counts.keySet();
    }
}
