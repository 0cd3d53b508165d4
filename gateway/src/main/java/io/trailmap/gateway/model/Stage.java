package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A column of a journey map, identified by its stable key within the journey")
public record Stage(
        @NonNull @Description("Stable key within the journey (a slug of the first name); survives renames") String key,
        @NonNull @Description("The stage's name") String name,
        @NonNull @Description("Where in the customer lifecycle the stage sits") Enums.Phase phase,
        @NonNull @Description("0-based position in the journey") Integer position,
        @Description("What the customer wants to achieve here") String goal,
        @Description("What the customer does (all; at most 200)") List<String> actions,
        @Description("What the customer thinks (all; at most 200)") List<String> thoughts,
        @Description("The emotion the map assumes") Emotion emotion,
        @NonNull @Description("Known problems in this stage (all; at most 200)") List<@NonNull PainPoint> painPoints,
        @Description("The journey the stage belongs to") @Id String journeyId) {

    public Stage inJourney(String owner) {
        return new Stage(key, name, phase, position, goal, actions, thoughts, emotion,
                painPoints == null ? List.of() : painPoints, owner);
    }

    @Description("How the customer feels: score −2 … +2 with a label")
    public record Emotion(@Description("−2 (very negative) … +2 (very positive)") Integer score,
                          @Description("A word for the feeling, e.g. frustrated") String label) {
    }

    @Description("A problem customers meet in the stage (severity 1–5)")
    public record PainPoint(@Id @NonNull @Description("Stable id within the journey") String id,
                            @NonNull @Description("What goes wrong") String description,
                            @NonNull @Description("1 (minor) … 5 (critical)") Integer severity,
                            @Description("The touchpoint where it happens, if any") @Id String touchpointId) {
    }
}
