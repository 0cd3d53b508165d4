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

    /**
     * The chain's transitions counted path by path as they come, none of the paths kept (a journey has millions); a
     * path counted before may be taken away again (a customer's path as it was, when their journey has changed
     * since). The credits depend only on the counts: the same paths in any order give the same credits.
     */
    public static final class Chain {

        /** States by touchpoint in the order first seen (after START, CONVERSION and NULL); the credits order them by id. */
        private final Map<UUID, Integer> stateOf = new HashMap<>();
        private final List<UUID> touchpoints = new ArrayList<>();
        /** Channels by number, and how many touches of each state came through each channel ([state][channel]). */
        private final Map<String, Integer> channelNumbers = new HashMap<>();
        private final List<String> channels = new ArrayList<>();
        private long[][] channelCounts = new long[8][4];
        /** Transitions counted, [from][to], grown as states are seen (a map keyed by from · 2³² + to hashed them alike). */
        private long[][] transitions = new long[8][8];
        private int conversions;

        public void add(CustomerPath path) {
            count(path, 1);
        }

        /** Takes away a path added before. */
        public void remove(CustomerPath path) {
            count(path, -1);
        }

        private void count(CustomerPath path, int sign) {
            int from = START;
            for (Touch touch : path.touches()) {
                int to = state(touch.touchpointId());
                countChannel(to, touch.channel(), sign);
                if (to != from) {
                    transitions[from][to] += sign;
                    from = to;
                }
            }
            transitions[from][path.converted() ? CONVERSION : NULL] += sign;
            if (path.converted()) {
                conversions += sign;
            }
        }

        private int state(UUID touchpoint) {
            Integer state = stateOf.get(touchpoint);
            if (state == null) {
                state = touchpoints.size() + 3;
                stateOf.put(touchpoint, state);
                touchpoints.add(touchpoint);
                if (state >= transitions.length) {
                    transitions = grown(transitions, 2 * transitions.length, 2 * transitions.length);
                    channelCounts = grown(channelCounts, transitions.length, channelCounts[0].length);
                }
            }
            return state;
        }

        private void countChannel(int state, String channel, int sign) {
            Integer number = channelNumbers.get(channel);
            if (number == null) {
                number = channels.size();
                channelNumbers.put(channel, number);
                channels.add(channel);
                if (number >= channelCounts[0].length) {
                    channelCounts = grown(channelCounts, channelCounts.length, 2 * channelCounts[0].length);
                }
            }
            channelCounts[state][number] += sign;
        }

        private static long[][] grown(long[][] counts, int rows, int columns) {
            long[][] grown = new long[rows][];
            for (int i = 0; i < rows; i++) {
                grown[i] = java.util.Arrays.copyOf(i < counts.length ? counts[i] : new long[0], columns);
            }
            return grown;
        }

        /**
         * The credits of the paths counted: the states any counted path visits, in the order of their touchpoint ids;
         * each touchpoint's channel the one most of its touches came through (ties: the first by name).
         */
        public Credits credits() {
            List<UUID> visited = new ArrayList<>();
            for (UUID touchpoint : touchpoints) {
                if (visits(stateOf.get(touchpoint))) {
                    visited.add(touchpoint);
                }
            }
            visited.sort(java.util.Comparator.naturalOrder());
            int states = visited.size() + 3;
            int[] original = new int[states];
            original[START] = START;
            original[CONVERSION] = CONVERSION;
            original[NULL] = NULL;
            Map<UUID, Integer> ordered = new LinkedHashMap<>();
            Map<UUID, String> channelOf = new HashMap<>();
            for (int i = 0; i < visited.size(); i++) {
                UUID touchpoint = visited.get(i);
                ordered.put(touchpoint, i + 3);
                original[i + 3] = stateOf.get(touchpoint);
                channelOf.put(touchpoint, mostUsedChannel(original[i + 3]));
            }
            double[][] counts = new double[states][states];
            for (int from = 0; from < states; from++) {
                for (int to = 0; to < states; to++) {
                    counts[from][to] = transitions[original[from]][original[to]];
                }
            }
            return MarkovAttribution.credits(counts, conversions, ordered, channelOf);
        }

        private boolean visits(int state) {
            for (int other = 0; other < transitions.length; other++) {
                if (transitions[state][other] != 0 || transitions[other][state] != 0) {
                    return true;
                }
            }
            return false;
        }

        private String mostUsedChannel(int state) {
            String best = null;
            long most = 0;
            for (int number = 0; number < channels.size(); number++) {
                long touches = channelCounts[state][number];
                String channel = channels.get(number);
                if (touches > most || touches == most && touches > 0 && channel.compareTo(best) < 0) {
                    best = channel;
                    most = touches;
                }
            }
            return best;
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
