package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PathCounterTest {

    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);
    private static final UUID C = new UUID(0, 3);

    @Test
    void countsCollapsedPathsMostCommonFirst() {
        PathCounter.Ranking ranking = PathCounter.top(List.of(
                List.of(A, A, B), List.of(A, B), List.of(A, B, B), List.of(C), List.of(C, C), List.of(B)), 5, 2);
        List<PathCounter.PathCount> top = ranking.top();

        assertThat(top).hasSize(2);
        // A→B three times, C twice, B once: three distinct paths, the top two listed
        assertThat(ranking.distinct()).isEqualTo(3);
        assertThat(top.get(0).touchpoints()).containsExactly(A, B);
        assertThat(top.get(0).customers()).isEqualTo(3);
        assertThat(top.get(0).share()).isEqualTo(0.5);
        assertThat(top.get(1).touchpoints()).containsExactly(C);
        assertThat(top.get(1).customers()).isEqualTo(2);
    }

    @Test
    void longPathsKeepTheTouchesNearestTheOutcome() {
        List<PathCounter.PathCount> top = PathCounter.top(List.of(List.of(A, B, C, A, B)), 3, 10).top();
        assertThat(top.getFirst().touchpoints()).containsExactly(C, A, B);
    }

    /**
     * The packed counting (paths of up to 6 touchpoints as longs, sorted) ranks exactly as counting every path in a
     * map does, ties by the path's text — also with paths too long to pack and past the 1 024th touchpoint.
     */
    @Test
    void packedCountingRanksAsAMapOfEveryPathDoes() {
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            int pool = seed % 4 == 0 ? 2_000 : 2 + random.nextInt(8);
            int maxLength = List.of(1, 3, 6, 8).get(seed % 4);
            int limit = 1 + random.nextInt(12);
            List<UUID> touchpoints = touchpoints(random, pool);
            List<List<UUID>> sequences = new ArrayList<>();
            for (int c = 0; c < 3_000; c++) {
                List<UUID> sequence = new ArrayList<>();
                for (int t = random.nextInt(10); t > 0; t--) {
                    sequence.add(touchpoints.get(random.nextInt(Math.min(pool, 1 + random.nextInt(12)) + (pool > 12 ? random.nextInt(pool - 12) : 0))));
                }
                sequences.add(sequence);
            }
            assertThat(PathCounter.top(sequences, maxLength, limit)).as("seed %d", seed).isEqualTo(byMap(sequences, maxLength, limit));
        }
    }

    /**
     * Sequences taken away after being added (customers as they were, when their journeys changed since) leave the
     * ranking exactly as if they had never been added — packed, unpacked and past the 1 024th touchpoint alike, and
     * again after more come and go (the packed ones are compacted when ranked).
     */
    @Test
    void sequencesTakenAwayRankAsIfNeverAdded() {
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            int pool = seed % 4 == 0 ? 2_000 : 2 + random.nextInt(8);
            int maxLength = List.of(1, 3, 6, 8).get(seed % 4);
            int limit = 1 + random.nextInt(12);
            List<UUID> touchpoints = touchpoints(random, pool);
            List<List<UUID>> staying = new ArrayList<>();
            List<List<UUID>> leaving = new ArrayList<>();
            PathCounter.Paths paths = new PathCounter.Paths(maxLength);
            for (int round = 0; round < 3; round++) {
                for (int c = 0; c < 1_000; c++) {
                    List<UUID> sequence = new ArrayList<>();
                    for (int t = random.nextInt(10); t > 0; t--) {
                        sequence.add(touchpoints.get(random.nextInt(pool)));
                    }
                    paths.add(sequence);
                    (random.nextInt(3) == 0 ? leaving : staying).add(sequence);
                }
                Collections.shuffle(leaving, random);
                leaving.forEach(paths::remove);
                leaving.clear();
                assertThat(paths.top(limit)).as("seed %d, round %d", seed, round).isEqualTo(PathCounter.top(staying, maxLength, limit));
                assertThat(paths.sequences()).isEqualTo(staying.size());
            }
        }
    }

    private static List<UUID> touchpoints(Random random, int pool) {
        List<UUID> touchpoints = new ArrayList<>();
        for (int i = 0; i < pool; i++) {
            touchpoints.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return touchpoints;
    }

    /** The plain way: every collapsed, trimmed path in a map. */
    private static PathCounter.Ranking byMap(List<List<UUID>> sequences, int maxLength, int limit) {
        Map<List<UUID>, Integer> counts = new HashMap<>();
        for (List<UUID> sequence : sequences) {
            List<UUID> path = PathCounter.collapse(sequence);
            if (!path.isEmpty()) {
                counts.merge(List.copyOf(path.subList(Math.max(0, path.size() - maxLength), path.size())), 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new PathCounter.Ranking(counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<List<UUID>, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(e -> e.getKey().toString()))
                .limit(limit)
                .map(e -> new PathCounter.PathCount(e.getKey(), e.getValue(), (double) e.getValue() / total))
                .toList(), counts.size());
    }
}
