package io.trailmap.feedback.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MultiLabelScoresTest {

    @Test
    void counts_each_label_of_each_comment_once_and_pools_them_for_the_micro_figures() {
        MultiLabelScores scores = new MultiLabelScores();
        scores.add(List.of("DELIVERY"), List.of("DELIVERY"));                 // DELIVERY tp
        scores.add(List.of("DELIVERY", "STAFF"), List.of("STAFF", "PRICE"));  // DELIVERY fn, STAFF tp, PRICE fp
        scores.add(List.of(), List.of("DELIVERY"));                           // DELIVERY fp
        scores.add(List.of("STAFF"), List.of());                              // STAFF fn

        // DELIVERY: tp 1, fp 1, fn 1 → precision 1/2, recall 1/2
        assertThat(scores.of("DELIVERY")).isEqualTo(new MultiLabelScores.Counts(1, 1, 1));
        assertThat(scores.of("DELIVERY").precision()).isEqualTo(0.5);
        assertThat(scores.of("DELIVERY").recall()).isEqualTo(0.5);
        // STAFF: tp 1, fp 0, fn 1 → precision 1, recall 1/2, F1 = 2·1·0.5/1.5 = 2/3
        assertThat(scores.of("STAFF").precision()).isEqualTo(1.0);
        assertThat(scores.of("STAFF").f1()).isCloseTo(2 / 3.0, within(1e-12));
        // PRICE never in gold: recall undefined; precision 0
        assertThat(scores.of("PRICE").recall()).isNull();
        assertThat(scores.of("PRICE").precision()).isEqualTo(0.0);
        // pooled: tp 2, fp 2, fn 2
        assertThat(scores.micro()).isEqualTo(new MultiLabelScores.Counts(2, 2, 2));
        assertThat(scores.of("RETURNS").precision()).isNull();
    }
}
