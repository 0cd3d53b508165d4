package io.trailmap.feedback.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    @ParameterizedTest
    @CsvSource({"NPS,0,DETRACTOR", "NPS,6,DETRACTOR", "NPS,7,PASSIVE", "NPS,8,PASSIVE", "NPS,9,PROMOTER", "NPS,10,PROMOTER",
            "CSAT,1,DISSATISFIED", "CSAT,2,DISSATISFIED", "CSAT,3,NEUTRAL", "CSAT,4,SATISFIED", "CSAT,5,SATISFIED",
            "CES,1,DISSATISFIED", "CES,3,DISSATISFIED", "CES,4,NEUTRAL", "CES,5,SATISFIED", "CES,7,SATISFIED"})
    void categoriesAtEveryBoundary(Kind kind, int score, Category category) {
        assertThat(Category.of(kind, score)).isEqualTo(category);
    }

    @Test
    void npsIsPromotersMinusDetractorsInPercent() {
        assertThat(ScoreSummary.nps(6, 2, 2)).isEqualTo(40.0);
        assertThat(ScoreSummary.nps(0, 0, 3)).isEqualTo(-100.0);
        assertThat(ScoreSummary.nps(1, 1, 1)).isEqualTo(0.0);
        assertThat(ScoreSummary.nps(2, 1, 0)).isEqualTo(66.67);
        assertThat(ScoreSummary.nps(0, 0, 0)).isNull();
    }

    @Test
    void csatIsTheShareOfFoursAndFivesAndCesTheMean() {
        assertThat(ScoreSummary.csat(3, 4)).isEqualTo(75.0);
        assertThat(ScoreSummary.csat(0, 0)).isNull();
        assertThat(ScoreSummary.mean(5 + 6 + 2, 3)).isEqualTo(4.33);
    }

    @Test
    void onlyDetractorsAndDissatisfiedAreUnhappy() {
        assertThat(Category.DETRACTOR.unhappy()).isTrue();
        assertThat(Category.DISSATISFIED.unhappy()).isTrue();
        assertThat(Category.PASSIVE.unhappy()).isFalse();
        assertThat(Category.NEUTRAL.unhappy()).isFalse();
    }
}
