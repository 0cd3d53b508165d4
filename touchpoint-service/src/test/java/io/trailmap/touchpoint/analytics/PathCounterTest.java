package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.Test;

import java.util.List;
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
}
