package io.trailmap.journey.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyDiffTest {

    private static Stage stage(String key, int position, int emotion, PainPoint... pains) {
        return new Stage(key, key.toUpperCase(), Phase.CONSIDERATION, position, "goal", List.of("act"), List.of(),
                new Emotion(emotion, null), List.of(pains), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static PainPoint pain(UUID id, String text) {
        return new PainPoint(id, text, 3, null);
    }

    @Test
    void identicalJourneysHaveNoDifferences() {
        List<Stage> stages = List.of(stage("a", 0, 0, pain(null, "slow")), stage("b", 1, 1));
        JourneyDiff.Result diff = JourneyDiff.between(stages, stages);

        assertThat(diff.stagesAdded()).isEmpty();
        assertThat(diff.stagesRemoved()).isEmpty();
        assertThat(diff.stagesChanged()).isEmpty();
        assertThat(diff.stagesUnchanged()).isEqualTo(2);
        assertThat(diff.painPointsResolved()).isEmpty();
        assertThat(diff.painPointsIntroduced()).isEmpty();
    }

    @Test
    void currentToFutureStateByHand() {
        UUID queue = UUID.randomUUID();
        List<Stage> current = List.of(
                stage("visit", 0, 0),
                stage("queue", 1, -2, pain(queue, "Long queues"), pain(null, "Rude staff")),
                stage("pay", 2, -1, pain(null, "Card terminal broken")));
        List<Stage> future = List.of(
                stage("pay", 0, 1, pain(null, "card terminal  BROKEN")),
                stage("visit", 1, 0),
                stage("scan-and-go", 2, 2, pain(queue, "Long queues (renamed)"), pain(null, "App crashes")));

        JourneyDiff.Result diff = JourneyDiff.between(current, future);

        assertThat(diff.stagesAdded()).extracting(JourneyDiff.StageRef::key).containsExactly("scan-and-go");
        assertThat(diff.stagesRemoved()).extracting(JourneyDiff.StageRef::key).containsExactly("queue");
        // pay moved to the front and feels better; visit only moved
        assertThat(diff.stagesChanged()).extracting(JourneyDiff.StageChange::key).containsExactly("pay", "visit");
        assertThat(diff.stagesChanged().get(0).changedFields()).containsExactly("position", "emotion", "painPoints");
        assertThat(diff.stagesChanged().get(0).emotionBefore()).isEqualTo(-1);
        assertThat(diff.stagesChanged().get(0).emotionAfter()).isEqualTo(1);
        assertThat(diff.stagesChanged().get(1).changedFields()).containsExactly("position");
        assertThat(diff.stagesChanged().get(1).positionBefore()).isEqualTo(0);
        assertThat(diff.stagesChanged().get(1).positionAfter()).isEqualTo(1);
        assertThat(diff.stagesUnchanged()).isZero();
        // same id (queue) or same text (terminal) means still present; rude staff is gone
        assertThat(diff.painPointsResolved()).extracting(JourneyDiff.PainPointChange::description).containsExactly("Rude staff");
        assertThat(diff.painPointsResolved().getFirst().stageKey()).isEqualTo("queue");
        assertThat(diff.painPointsIntroduced()).extracting(JourneyDiff.PainPointChange::description).containsExactly("App crashes");
    }

    @Test
    void diffAgainstAnEmptyJourneyAddsEverything() {
        List<Stage> stages = List.of(stage("a", 0, 0, pain(null, "x")), stage("b", 1, 0));
        JourneyDiff.Result diff = JourneyDiff.between(List.of(), stages);

        assertThat(diff.stagesAdded()).hasSize(2);
        assertThat(diff.painPointsIntroduced()).hasSize(1);
        JourneyDiff.Result reverse = JourneyDiff.between(stages, List.of());
        assertThat(reverse.stagesRemoved()).hasSize(2);
        assertThat(reverse.painPointsResolved()).hasSize(1);
    }
}
