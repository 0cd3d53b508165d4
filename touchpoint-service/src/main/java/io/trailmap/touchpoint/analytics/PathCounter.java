package io.trailmap.touchpoint.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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

    /**
     * Paths counted sequence by sequence as they come, none of the sequences kept (a journey has millions, and
     * their paths can be nearly all different): a path of up to 6 touchpoints, numbered as first seen, packs into
     * a long (10 bits each, after its length), so a million paths take 8 MB, counted by sorting; a longer one or
     * one past the 1 024th touchpoint is counted in a map. A sequence added before may be taken away again (a
     * customer's path as it was, when their journey has changed since): the ranking is the same as if it had never
     * been added.
     */
    public static final class Paths {

        private static final int BITS = 10;
        private static final int PACKED_LENGTH = 6;

        private final int maxLength;
        private final Map<UUID, Integer> numbers = new HashMap<>();
        private final List<UUID> touchpoints = new ArrayList<>();
        private long[] packed = new long[1024];
        private int packedCount;
        /** Paths taken away, packed: subtracted from the packed ones when ranked. */
        private long[] removed = new long[16];
        private int removedCount;
        private final Map<List<UUID>, Integer> unpacked = new HashMap<>();
        private int sequences;

        public Paths(int maxLength) {
            this.maxLength = maxLength;
        }

        public void add(List<UUID> sequence) {
            sequences++;
            long key = key(sequence);
            if (key == EMPTY) {
                return;
            }
            if (key < 0) {
                unpacked.merge(unpackedPath(sequence), 1, Integer::sum);
                return;
            }
            if (packedCount == packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            packed[packedCount++] = key;
        }

        /** Takes away a sequence added before. */
        public void remove(List<UUID> sequence) {
            sequences--;
            long key = key(sequence);
            if (key == EMPTY) {
                return;
            }
            if (key < 0) {
                unpacked.computeIfPresent(unpackedPath(sequence), (path, customers) -> customers == 1 ? null : customers - 1);
                return;
            }
            if (removedCount == removed.length) {
                removed = Arrays.copyOf(removed, removed.length * 2);
            }
            removed[removedCount++] = key;
        }

        private static final long EMPTY = Long.MIN_VALUE;

        /** The sequence's path packed, −1 when it does not pack, {@link #EMPTY} for none. */
        private long key(List<UUID> sequence) {
            List<UUID> path = shown(sequence);
            return path.isEmpty() ? EMPTY : pack(path);
        }

        private List<UUID> shown(List<UUID> sequence) {
            List<UUID> path = collapse(sequence);
            return path.size() > maxLength ? path.subList(path.size() - maxLength, path.size()) : path;
        }

        private List<UUID> unpackedPath(List<UUID> sequence) {
            return List.copyOf(shown(sequence));
        }

        /** How many sequences were added, empty ones too. */
        public int sequences() {
            return sequences;
        }

        /** The most common paths, most customers first, ties by the path's text (as a list of ids). */
        public Ranking top(int limit) {
            Arrays.sort(packed, 0, packedCount);
            Arrays.sort(removed, 0, removedCount);
            PriorityQueue<Ranked> kept = new PriorityQueue<>(BEST_FIRST.reversed());
            int distinct = unpacked.size();
            int total = 0;
            int nextRemoved = 0;
            int left = 0;   // the paths not taken away are moved to the front: the taken ones are forgotten
            for (int i = 0; i < packedCount; ) {
                int j = i;
                while (j < packedCount && packed[j] == packed[i]) {
                    j++;
                }
                while (nextRemoved < removedCount && removed[nextRemoved] < packed[i]) {
                    nextRemoved++;
                }
                int taken = 0;
                while (nextRemoved < removedCount && removed[nextRemoved] == packed[i]) {
                    nextRemoved++;
                    taken++;
                }
                int customers = j - i - taken;
                long key = packed[i];
                for (int k = 0; k < customers; k++) {
                    packed[left++] = key;
                }
                if (customers > 0) {
                    distinct++;
                    total += customers;
                    offer(kept, limit, customers, key, null);
                }
                i = j;
            }
            packedCount = left;
            removedCount = 0;
            for (Map.Entry<List<UUID>, Integer> path : unpacked.entrySet()) {
                total += path.getValue();
                offer(kept, limit, path.getValue(), -1, path.getKey());
            }
            List<Ranked> best = new ArrayList<>(kept);
            best.sort(BEST_FIRST);
            int all = total;
            return new Ranking(best.stream().map(ranked -> new PathCount(ranked.path(), ranked.customers(), (double) ranked.customers() / all)).toList(),
                    distinct);
        }

        private record Ranked(int customers, List<UUID> path, String text) {
        }

        private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingInt(Ranked::customers).reversed()
                .thenComparing(Ranked::text);

        /** Keeps the {@code limit} best; a path's text is made only when its count ties with the worst kept. */
        private void offer(PriorityQueue<Ranked> kept, int limit, int customers, long key, List<UUID> path) {
            if (limit <= 0) {
                return;
            }
            if (kept.size() == limit && customers < kept.peek().customers()) {
                return;
            }
            List<UUID> touches = path != null ? path : unpack(key);
            Ranked candidate = new Ranked(customers, touches, touches.toString());
            if (kept.size() < limit) {
                kept.add(candidate);
            } else if (BEST_FIRST.compare(candidate, kept.peek()) < 0) {
                kept.poll();
                kept.add(candidate);
            }
        }

        /** The path as its length and then each touchpoint's number; −1 when it does not fit. */
        private long pack(List<UUID> path) {
            if (path.size() > PACKED_LENGTH) {
                return -1;
            }
            long key = path.size();
            for (UUID touchpoint : path) {
                Integer number = numbers.get(touchpoint);
                if (number == null) {
                    number = touchpoints.size();
                    numbers.put(touchpoint, number);
                    touchpoints.add(touchpoint);
                }
                if (number >= 1 << BITS) {
                    return -1;
                }
                key = key << BITS | number;
            }
            return key;
        }

        private List<UUID> unpack(long key) {
            int length = 1;
            while ((key >>> (BITS * length)) != length) {
                length++;
            }
            UUID[] path = new UUID[length];
            for (int i = length - 1; i >= 0; i--) {
                path[i] = touchpoints.get((int) (key & ((1 << BITS) - 1)));
                key >>>= BITS;
            }
            return List.of(path);
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
