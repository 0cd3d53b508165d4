package io.trailmap.feedback.service;

import com.mongodb.client.model.Filters;
import io.trailmap.feedback.api.SummaryKey;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the asked summary keys a stored (journeyId, stageKey, touchpointId) counts towards. A key
 * leaves any of its fields open, so a scope matches at most the eight keys made of its own fields with
 * some of them left open: looking those up answers in constant time however many keys were asked.
 */
final class SummaryScopes {

    /** Where feedback was given; a field is null when the feedback (or a key) does not name it. */
    record Scope(String journeyId, String stageKey, String touchpointId) {

        static Scope of(SummaryKey key) {
            return new Scope(key.journeyId() == null ? null : key.journeyId().toString(), key.stageKey(),
                    key.touchpointId() == null ? null : key.touchpointId().toString());
        }

        static Scope of(Document groupId) {
            return new Scope(groupId.getString("journeyId"), groupId.getString("stageKey"), groupId.getString("touchpointId"));
        }

        boolean open() {
            return journeyId == null && stageKey == null && touchpointId == null;
        }

        private List<Scope> withFieldsLeftOpen() {
            List<Scope> patterns = new ArrayList<>(8);
            for (int mask = 0; mask < 8; mask++) {
                patterns.add(new Scope((mask & 1) == 0 ? journeyId : null, (mask & 2) == 0 ? stageKey : null,
                        (mask & 4) == 0 ? touchpointId : null));
            }
            return patterns;
        }
    }

    private final Map<Scope, List<Integer>> positionsByKey = new HashMap<>();

    SummaryScopes(List<SummaryKey> keys) {
        for (int i = 0; i < keys.size(); i++) {
            positionsByKey.computeIfAbsent(Scope.of(keys.get(i)), k -> new ArrayList<>()).add(i);
        }
    }

    /**
     * The $group id for {@code fields}: with the scope's fields in front when the keys differ; for one key
     * (asked once or more) everything matched counts towards it, so grouping by scope would only add groups.
     * Null when that leaves nothing to group by.
     */
    Document groupId(Document fields) {
        if (positionsByKey.size() == 1) {
            return fields.isEmpty() ? null : fields;   // null: one group of everything
        }
        Document id = new Document("journeyId", "$journeyId").append("stageKey", "$stageKey").append("touchpointId", "$touchpointId");
        id.putAll(fields);
        return id;
    }

    /** Positions (in the order asked) of the keys that a group, by its id from {@link #groupId}, counts towards. */
    List<Integer> positionsCounting(Document groupId) {
        if (positionsByKey.size() == 1) {
            return positionsByKey.values().iterator().next();
        }
        return positionsCounting(Scope.of(groupId));
    }

    /**
     * What selects the feedback given where any of the keys looks (journey, stage, touchpoint fields); empty
     * when a key leaves all three open, so that everything of the tenant counts.
     */
    Optional<Bson> placeFilter() {
        if (keys().stream().anyMatch(Scope::open)) {
            return Optional.empty();
        }
        return Optional.of(Filters.or(keys().stream().map(SummaryScopes::covering).toList()));
    }

    private static Bson covering(Scope key) {
        List<Bson> fields = new ArrayList<>();
        if (key.journeyId() != null) {
            fields.add(Filters.eq("journeyId", key.journeyId()));
        }
        if (key.stageKey() != null) {
            fields.add(Filters.eq("stageKey", key.stageKey()));
        }
        if (key.touchpointId() != null) {
            fields.add(Filters.eq("touchpointId", key.touchpointId()));
        }
        return Filters.and(fields);
    }

    /** The distinct keys asked, each once. */
    java.util.Set<Scope> keys() {
        return positionsByKey.keySet();
    }

    /** Positions (in the order asked) of the keys that feedback given at {@code scope} counts towards. */
    List<Integer> positionsCounting(Scope scope) {
        List<Integer> positions = new ArrayList<>();
        for (Scope pattern : new java.util.LinkedHashSet<>(scope.withFieldsLeftOpen())) {
            positions.addAll(positionsByKey.getOrDefault(pattern, List.of()));
        }
        return positions;
    }
}
