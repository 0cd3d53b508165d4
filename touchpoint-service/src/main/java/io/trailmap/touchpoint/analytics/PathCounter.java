package io.trailmap.touchpoint.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The most common touchpoint sequences. Consecutive repeats of one touchpoint count once
 * (A A B → A B); sequences longer than {@code maxLength} keep their last touches, the ones
 * nearest the outcome.
 */
public final class PathCounter {

    public record PathCount(List<UUID> touchpoints, int customers, double share) {
    }

    /** The most common paths, and how many distinct paths there are in all. */
    public record Ranking(List<PathCount> top, int distinct) {
    }

    private PathCounter() {
    }

    public static Ranking top(List<List<UUID>> sequences, int maxLength, int limit) {
        Paths paths = new Paths(maxLength);
        sequences.forEach(paths::add);
        return paths.top(limit);
    }

    /** Paths counted sequence by sequence as they come, none of the sequences kept (a journey has millions). */
    public static final class Paths {

        private final int maxLength;
        private final Map<List<UUID>, Integer> counts = new HashMap<>();
        private int sequences;

        public Paths(int maxLength) {
            this.maxLength = maxLength;
        }

        public void add(List<UUID> sequence) {
            sequences++;
            List<UUID> path = collapse(sequence);
            if (path.isEmpty()) {
                return;
            }
            if (path.size() > maxLength) {
                path = List.copyOf(path.subList(path.size() - maxLength, path.size()));
            }
            counts.merge(path, 1, Integer::sum);
        }

        /** How many sequences were added, empty ones too. */
        public int sequences() {
            return sequences;
        }

        public Ranking top(int limit) {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            return new Ranking(counts.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<List<UUID>, Integer>>comparingInt(Map.Entry::getValue).reversed()
                            .thenComparing(e -> e.getKey().toString()))
                    .limit(limit)
                    .map(e -> new PathCount(e.getKey(), e.getValue(), (double) e.getValue() / total))
                    .toList(), counts.size());
        }
    }

    static List<UUID> collapse(List<UUID> sequence) {
        List<UUID> path = new ArrayList<>();
        for (UUID touchpoint : sequence) {
            if (path.isEmpty() || !path.getLast().equals(touchpoint)) {
                path.add(touchpoint);
            }
        }
        return path;
    }
}
