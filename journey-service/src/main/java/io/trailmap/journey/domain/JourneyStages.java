package io.trailmap.journey.domain;

import io.trailmap.common.problem.FieldError;
import io.trailmap.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The ordered stages of one journey and the rules for changing them: keys are unique slugs that
 * never change, positions follow the order, pain points and opportunities get ids once.
 * Immutable: every change returns a new instance.
 */
public final class JourneyStages {

    private final List<Stage> stages;

    private JourneyStages(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static JourneyStages empty() {
        return new JourneyStages(List.of());
    }

    /** Stages as stored (already normalised). */
    public static JourneyStages of(List<Stage> stored) {
        return new JourneyStages(stored == null ? List.of() : stored);
    }

    /**
     * Stages as a client sent them for a whole journey: missing keys are made from names, duplicate
     * keys are rejected, positions follow the list, new items get ids.
     */
    public static JourneyStages fromInput(List<Stage> input, Supplier<UUID> ids) {
        List<Stage> given = input == null ? List.of() : input;
        if (given.size() > Lanes.MAX_STAGES) {
            throw ProblemException.invalid("stages", "a journey has at most " + Lanes.MAX_STAGES + " stages");
        }
        Set<String> explicit = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String key = given.get(i).key();
            if (key != null && StageKeys.RESERVED.contains(key)) {
                errors.add(new FieldError("stages[" + i + "].key", "'" + key + "' is reserved"));
            } else if (key != null && !explicit.add(key)) {
                errors.add(new FieldError("stages[" + i + "].key", "'" + key + "' is used by another stage of this journey"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Set<String> taken = new HashSet<>(explicit);
        List<Stage> normalised = new ArrayList<>();
        for (Stage stage : given) {
            String key = stage.key();
            if (key == null) {
                key = StageKeys.uniqueSlug(stage.name(), taken);
                taken.add(key);
            }
            normalised.add(withIds(stage, ids).withKeyAndPosition(key, normalised.size()));
        }
        return new JourneyStages(normalised);
    }

    public List<Stage> list() {
        return stages;
    }

    public int size() {
        return stages.size();
    }

    public Stage get(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("stage", key));
    }

    /** Adds a stage at {@code position} (end when null); its key is given or made from its name. */
    public JourneyStages add(Stage stage, Integer position, Supplier<UUID> ids) {
        if (stages.size() >= Lanes.MAX_STAGES) {
            throw ProblemException.conflict("A journey has at most " + Lanes.MAX_STAGES + " stages");
        }
        Set<String> taken = keys();
        String key = stage.key();
        if (key != null && StageKeys.RESERVED.contains(key)) {
            throw ProblemException.invalid("key", "'" + key + "' is reserved");
        }
        if (key != null && taken.contains(key)) {
            throw ProblemException.conflict("Stage key '" + key + "' is already used in this journey");
        }
        if (key == null) {
            key = StageKeys.uniqueSlug(stage.name(), taken);
        }
        int at = position == null ? stages.size() : position;
        if (at < 0 || at > stages.size()) {
            throw ProblemException.invalid("position", "must be between 0 and " + stages.size());
        }
        List<Stage> next = new ArrayList<>(stages);
        next.add(at, withIds(stage, ids).withKeyAndPosition(key, at));
        return renumbered(next);
    }

    /** Replaces the content of stage {@code key}; the key itself never changes. */
    public JourneyStages replace(String key, Stage stage, Supplier<UUID> ids) {
        int index = indexOf(key);
        if (stage.key() != null && !stage.key().equals(key)) {
            throw ProblemException.invalid("key", "stage keys are stable: '" + key + "' cannot become '" + stage.key() + "'");
        }
        List<Stage> next = new ArrayList<>(stages);
        next.set(index, withIds(stage, ids).withKeyAndPosition(key, index));
        return renumbered(next);
    }

    public JourneyStages remove(String key) {
        int index = indexOf(key);
        List<Stage> next = new ArrayList<>(stages);
        next.remove(index);
        return renumbered(next);
    }

    /** Puts the stages in the order of {@code keys}, which must name every stage exactly once. */
    public JourneyStages reorder(List<String> keys) {
        Set<String> current = keys();
        Set<String> requested = new LinkedHashSet<>(keys);
        if (requested.size() != keys.size() || !requested.equals(current)) {
            throw ProblemException.invalid("keys", "must list every stage key of the journey exactly once: " + current);
        }
        List<Stage> next = keys.stream().map(this::get).toList();
        return renumbered(next);
    }

    private Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        stages.forEach(s -> keys.add(s.key()));
        return keys;
    }

    private int indexOf(String key) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).key().equals(key)) {
                return i;
            }
        }
        throw ProblemException.notFound("stage", key);
    }

    private static JourneyStages renumbered(List<Stage> ordered) {
        List<Stage> result = new ArrayList<>();
        for (Stage stage : ordered) {
            result.add(stage.withKeyAndPosition(stage.key(), result.size()));
        }
        return new JourneyStages(result);
    }

    private static Stage withIds(Stage stage, Supplier<UUID> ids) {
        return stage.withItems(
                stage.painPoints().stream().map(p -> p.id() == null ? p.withId(ids.get()) : p).toList(),
                stage.opportunities().stream().map(o -> o.id() == null ? o.withId(ids.get()) : o).toList());
    }
}
