package io.trailmap.journey.domain;

import io.trailmap.common.problem.ProblemException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JourneyStagesTest {

    private final AtomicLong counter = new AtomicLong();
    private final Supplier<UUID> ids = () -> new UUID(0, counter.incrementAndGet());

    static Stage stage(String key, String name) {
        return new Stage(key, name, Phase.AWARENESS, null, null, null, null, new Emotion(0, null),
                List.of(new PainPoint(null, "pain of " + name, 2, null)), null, null, null, null, null, null);
    }

    @Test
    void inputGetsKeysFromNamesPositionsInOrderAndIdsForNewItems() {
        UUID kept = UUID.randomUUID();
        Stage withId = stage(null, "Buy").withItems(List.of(new PainPoint(kept, "known", 3, null)), List.of());
        JourneyStages stages = JourneyStages.fromInput(List.of(stage(null, "Aware"), stage("aware", "Explicit"), withId), ids);

        assertThat(stages.list()).extracting(Stage::key).containsExactly("aware-2", "aware", "buy");
        assertThat(stages.list()).extracting(Stage::position).containsExactly(0, 1, 2);
        assertThat(stages.list().get(0).painPoints().getFirst().id()).isEqualTo(new UUID(0, 1));
        assertThat(stages.list().get(2).painPoints().getFirst().id()).isEqualTo(kept);
    }

    @Test
    void addPutsTheStageWhereAskedAndRenumbers() {
        JourneyStages stages = JourneyStages.fromInput(List.of(stage("a", "A"), stage("c", "C")), ids)
                .add(stage(null, "B"), 1, ids);

        assertThat(stages.list()).extracting(Stage::key).containsExactly("a", "b", "c");
        assertThat(stages.list()).extracting(Stage::position).containsExactly(0, 1, 2);
        assertThat(stages.add(stage(null, "D"), null, ids).list().getLast().key()).isEqualTo("d");
    }

    @Test
    void replaceKeepsKeyAndPositionRemoveRenumbers() {
        JourneyStages stages = JourneyStages.fromInput(List.of(stage("a", "A"), stage("b", "B"), stage("c", "C")), ids);

        JourneyStages replaced = stages.replace("b", stage(null, "Bee"), ids);
        assertThat(replaced.get("b").name()).isEqualTo("Bee");
        assertThat(replaced.get("b").position()).isEqualTo(1);
        assertThat(stages.remove("a").list()).extracting(Stage::key, Stage::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", 0), org.assertj.core.groups.Tuple.tuple("c", 1));
        assertThatThrownBy(() -> stages.replace("b", stage("z", "Zed"), ids)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> stages.remove("zzz")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(404);
    }

    @Test
    void reorderNeedsEveryKeyExactlyOnce() {
        JourneyStages stages = JourneyStages.fromInput(List.of(stage("a", "A"), stage("b", "B")), ids);

        assertThat(stages.reorder(List.of("b", "a")).list()).extracting(Stage::key).containsExactly("b", "a");
        assertThatThrownBy(() -> stages.reorder(List.of("a"))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> stages.reorder(List.of("a", "a"))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> stages.reorder(List.of("a", "b", "c"))).isInstanceOf(ProblemException.class);
    }

    @Test
    void aJourneyHoldsAtMostFiftyStages() {
        List<Stage> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(stage(null, "S" + i));
        }
        JourneyStages full = JourneyStages.fromInput(fifty, ids);
        assertThatThrownBy(() -> full.add(stage(null, "One more"), null, ids)).isInstanceOf(ProblemException.class);
    }

    /** Properties over random edit sequences: keys stay unique and valid, positions stay 0..n-1, keys never change. */
    @RepeatedTest(25)
    void randomEditSequencesKeepTheInvariants(RepetitionInfo repetition) {
        Random random = new Random(42L * repetition.getCurrentRepetition());
        String[] names = {"Aware", "Consider", "Buy", "Buy", "Order", "Retain", "Advocate", "Ärger", "!!"};
        JourneyStages stages = JourneyStages.empty();
        for (int step = 0; step < 60; step++) {
            int op = random.nextInt(4);
            if (op == 0 || stages.size() == 0) {
                if (stages.size() < Lanes.MAX_STAGES) {
                    stages = stages.add(stage(null, names[random.nextInt(names.length)]), random.nextInt(stages.size() + 1), ids);
                }
            } else if (op == 1) {
                stages = stages.remove(stages.list().get(random.nextInt(stages.size())).key());
            } else if (op == 2) {
                List<String> keys = new ArrayList<>(stages.list().stream().map(Stage::key).toList());
                Collections.shuffle(keys, random);
                stages = stages.reorder(keys);
            } else {
                Stage target = stages.list().get(random.nextInt(stages.size()));
                JourneyStages before = stages;
                stages = stages.replace(target.key(), stage(null, "Renamed"), ids);
                assertThat(stages.list()).extracting(Stage::key).containsExactlyElementsOf(before.list().stream().map(Stage::key).toList());
            }
            List<String> keys = stages.list().stream().map(Stage::key).toList();
            assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
            assertThat(keys).allMatch(k -> k.matches(StageKeys.PATTERN) && !StageKeys.RESERVED.contains(k));
            for (int i = 0; i < stages.size(); i++) {
                assertThat(stages.list().get(i).position()).isEqualTo(i);
            }
        }
    }
}
