package io.trailmap.feedback.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.trailmap.feedback.text.Sentiment.NEGATIVE;
import static io.trailmap.feedback.text.Sentiment.NEUTRAL;
import static io.trailmap.feedback.text.Sentiment.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClassificationScoresTest {

    private static ClassificationScores.Judged j(String gold, String predicted) {
        return new ClassificationScores.Judged(gold, predicted);
    }

    @Test
    void handCountedScores() {
        // gold POS POS POS NEG NEG NEU; predicted POS POS NEU NEG POS NEU
        ClassificationScores scores = ClassificationScores.of(List.of(
                j(POSITIVE, POSITIVE), j(POSITIVE, POSITIVE), j(POSITIVE, NEUTRAL),
                j(NEGATIVE, NEGATIVE), j(NEGATIVE, POSITIVE), j(NEUTRAL, NEUTRAL)));
        // polar: 5 comments, right: 3
        assertThat(scores.polar()).isEqualTo(5);
        assertThat(scores.polarRight()).isEqualTo(3);
        assertThat(scores.polarityAccuracy()).isEqualTo(0.6);
        assertThat(scores.accuracy()).isEqualTo(4.0 / 6);
        // POS: P 2/3, R 2/3 → F1 2/3; NEG: P 1/1, R 1/2 → 2/3; NEU: P 1/2, R 1/1 → 2/3; macro 2/3
        assertThat(scores.macroF1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void aLabelNeverPredictedRightScoresZeroF1AndPerfectPredictionsScoreOne() {
        ClassificationScores none = ClassificationScores.of(List.of(j(POSITIVE, NEGATIVE), j(NEGATIVE, POSITIVE), j(NEUTRAL, POSITIVE)));
        assertThat(none.macroF1()).isZero();
        assertThat(none.polarityAccuracy()).isZero();
        ClassificationScores all = ClassificationScores.of(List.of(j(POSITIVE, POSITIVE), j(NEGATIVE, NEGATIVE), j(NEUTRAL, NEUTRAL)));
        assertThat(all.macroF1()).isEqualTo(1.0);
        assertThat(all.polarityAccuracy()).isEqualTo(1.0);
    }
}
