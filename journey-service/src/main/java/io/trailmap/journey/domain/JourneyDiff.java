package io.trailmap.journey.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from a base journey (e.g. the current state) to a target journey (e.g. the future
 * state). Stages are matched by key. A pain point is the same in both when its id matches or its
 * description does (ignoring case and spacing): one present only in the base is resolved, one
 * present only in the target is introduced.
 */
public final class JourneyDiff {

    public record StageRef(String key, String name, Phase phase) {
        static StageRef of(Stage stage) {
            return new StageRef(stage.key(), stage.name(), stage.phase());
        }
    }

    public record StageChange(String key, String name, List<String> changedFields,
                              @Schema(nullable = true) Integer emotionBefore, @Schema(nullable = true) Integer emotionAfter,
                              Integer positionBefore, Integer positionAfter) {
    }

    public record PainPointChange(String stageKey, @Schema(nullable = true) java.util.UUID id, String description, int severity) {
    }

    public record Result(List<StageRef> stagesAdded, List<StageRef> stagesRemoved, List<StageChange> stagesChanged,
                         int stagesUnchanged, List<PainPointChange> painPointsResolved,
                         List<PainPointChange> painPointsIntroduced) {
    }

    private static final Map<String, Function<Stage, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", Stage::name);
        FIELDS.put("phase", Stage::phase);
        FIELDS.put("position", Stage::position);
        FIELDS.put("goal", Stage::goal);
        FIELDS.put("actions", Stage::actions);
        FIELDS.put("thoughts", Stage::thoughts);
        FIELDS.put("emotion", Stage::emotion);
        FIELDS.put("painPoints", Stage::painPoints);
        FIELDS.put("opportunities", Stage::opportunities);
        FIELDS.put("kpis", Stage::kpis);
        FIELDS.put("frontstage", Stage::frontstage);
        FIELDS.put("backstage", Stage::backstage);
        FIELDS.put("supportProcesses", Stage::supportProcesses);
        FIELDS.put("evidence", Stage::evidence);
    }

    private JourneyDiff() {
    }

    public static Result between(List<Stage> base, List<Stage> target) {
        Map<String, Stage> before = byKey(base);
        Map<String, Stage> after = byKey(target);

        List<StageRef> added = target.stream().filter(s -> !before.containsKey(s.key())).map(StageRef::of).toList();
        List<StageRef> removed = base.stream().filter(s -> !after.containsKey(s.key())).map(StageRef::of).toList();
        List<StageChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (Stage now : target) {
            Stage was = before.get(now.key());
            if (was == null) {
                continue;
            }
            List<String> fields = FIELDS.entrySet().stream()
                    .filter(f -> !Objects.equals(f.getValue().apply(was), f.getValue().apply(now)))
                    .map(Map.Entry::getKey)
                    .toList();
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new StageChange(now.key(), now.name(), fields, score(was), score(now),
                        was.position(), now.position()));
            }
        }
        return new Result(added, removed, changed, unchanged,
                painPointsOnlyIn(base, target), painPointsOnlyIn(target, base));
    }

    private static List<PainPointChange> painPointsOnlyIn(List<Stage> these, List<Stage> others) {
        Set<java.util.UUID> otherIds = others.stream().flatMap(s -> s.painPoints().stream())
                .map(PainPoint::id).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> otherTexts = others.stream().flatMap(s -> s.painPoints().stream())
                .map(p -> normalise(p.description())).collect(Collectors.toSet());
        List<PainPointChange> only = new ArrayList<>();
        for (Stage stage : these) {
            for (PainPoint p : stage.painPoints()) {
                boolean matched = (p.id() != null && otherIds.contains(p.id())) || otherTexts.contains(normalise(p.description()));
                if (!matched) {
                    only.add(new PainPointChange(stage.key(), p.id(), p.description(), p.severity()));
                }
            }
        }
        return only;
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Integer score(Stage stage) {
        return stage.emotion() == null ? null : stage.emotion().score();
    }

    private static Map<String, Stage> byKey(List<Stage> stages) {
        Map<String, Stage> map = new LinkedHashMap<>();
        stages.forEach(s -> map.put(s.key(), s));
        return map;
    }
}
