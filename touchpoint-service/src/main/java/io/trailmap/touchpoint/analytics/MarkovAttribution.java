package io.trailmap.touchpoint.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data-driven attribution with a first-order Markov chain over touchpoints. Every customer path is
 * START → touchpoints (consecutive repeats collapsed) → CONVERSION or NULL. The chain's probability
 * of reaching CONVERSION from START is P; removing a touchpoint (its visitors go to NULL instead)
 * gives P'; its removal effect is 1 − P'/P. Credits are the removal effects scaled so that they
 * sum to the number of converting paths.
 */
public final class MarkovAttribution {

    private static final int START = 0;
    private static final int CONVERSION = 1;
    private static final int NULL = 2;
    private static final int MAX_ITERATIONS = 10_000;
    private static final double EPSILON = 1e-12;

    private MarkovAttribution() {
    }

    public static Credits compute(List<CustomerPath> paths) {
        Chain chain = new Chain();
        paths.forEach(chain::add);
        return chain.credits();
    }

    /** The chain's transitions counted path by path as they come, none of the paths kept (a journey has millions). */
    public static final class Chain {

        /** States by touchpoint in the order first seen (after START, CONVERSION and NULL). */
        private final Map<UUID, Integer> stateOf = new LinkedHashMap<>();
        private final Map<UUID, String> channelOf = new HashMap<>();
        /** Transitions counted, [from][to], grown as states are seen (a map keyed by from · 2³² + to hashed them alike). */
        private long[][] transitions = new long[8][8];
        private int conversions;

        public void add(CustomerPath path) {
            int from = START;
            for (Touch touch : path.touches()) {
                int to = stateOf.computeIfAbsent(touch.touchpointId(), id -> stateOf.size() + 3);
                channelOf.putIfAbsent(touch.touchpointId(), touch.channel());
                if (to != from) {
                    count(from, to);
                    from = to;
                }
            }
            count(from, path.converted() ? CONVERSION : NULL);
            if (path.converted()) {
                conversions++;
            }
        }

        private void count(int from, int to) {
            int needed = Math.max(from, to) + 1;
            if (needed > transitions.length) {
                long[][] grown = new long[Math.max(needed, 2 * transitions.length)][];
                for (int i = 0; i < grown.length; i++) {
                    grown[i] = java.util.Arrays.copyOf(i < transitions.length ? transitions[i] : new long[0], grown.length);
                }
                transitions = grown;
            }
            transitions[from][to]++;
        }

        public Credits credits() {
            int states = stateOf.size() + 3;
            double[][] counts = new double[states][states];
            for (int from = 0; from < states && from < transitions.length; from++) {
                for (int to = 0; to < states && to < transitions.length; to++) {
                    counts[from][to] = transitions[from][to];
                }
            }
            return MarkovAttribution.credits(counts, conversions, stateOf, channelOf);
        }
    }

    private static Credits credits(double[][] counts, int conversions, Map<UUID, Integer> stateOf, Map<UUID, String> channelOf) {
        double[][] probabilities = normalise(counts);
        Credits credits = Credits.empty(conversions);
        double base = conversionProbability(probabilities, -1);
        if (conversions == 0 || base == 0) {
            return credits;
        }
        Map<UUID, Double> effects = new LinkedHashMap<>();
        double totalEffect = 0;
        for (Map.Entry<UUID, Integer> state : stateOf.entrySet()) {
            double effect = Math.max(0, 1 - conversionProbability(probabilities, state.getValue()) / base);
            effects.put(state.getKey(), effect);
            totalEffect += effect;
        }
        for (Map.Entry<UUID, Double> effect : effects.entrySet()) {
            double credit = totalEffect == 0 ? 0 : effect.getValue() / totalEffect * conversions;
            credits.add(new Touch(effect.getKey(), channelOf.get(effect.getKey()), null), credit);
        }
        return credits;
    }

    private static double[][] normalise(double[][] counts) {
        double[][] p = new double[counts.length][counts.length];
        for (int from = 0; from < counts.length; from++) {
            double total = 0;
            for (double c : counts[from]) {
                total += c;
            }
            for (int to = 0; to < counts.length && total > 0; to++) {
                p[from][to] = counts[from][to] / total;
            }
        }
        return p;
    }

    /** Probability of absorption in CONVERSION from START, with {@code removed} (if ≥ 0) leading to NULL. */
    static double conversionProbability(double[][] p, int removed) {
        int n = p.length;
        double[] value = new double[n];
        value[CONVERSION] = 1;
        List<int[]> edges = new ArrayList<>();
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                if (p[from][to] > 0) {
                    edges.add(new int[]{from, to});
                }
            }
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            next[CONVERSION] = 1;
            for (int[] edge : edges) {
                int from = edge[0];
                if (from == CONVERSION || from == NULL || from == removed) {
                    continue;
                }
                next[from] += p[from][edge[1]] * value[edge[1]];
            }
            double change = 0;
            for (int s = 0; s < n; s++) {
                change = Math.max(change, Math.abs(next[s] - value[s]));
            }
            value = next;
            if (change < EPSILON) {
                break;
            }
        }
        return value[START];
    }
}
