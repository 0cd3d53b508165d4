package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A column of a journey map, identified by its stable key within the journey")
public record Stage(@NonNull String key, @NonNull String name, @NonNull Enums.Phase phase, @NonNull Integer position,
                    String goal, List<String> actions, List<String> thoughts, Emotion emotion,
                    @NonNull List<@NonNull PainPoint> painPoints, String journeyId) {

    public Stage inJourney(String owner) {
        return new Stage(key, name, phase, position, goal, actions, thoughts, emotion,
                painPoints == null ? List.of() : painPoints, owner);
    }

    @Description("How the customer feels: score −2 … +2 with a label")
    public record Emotion(Integer score, String label) {
    }

    @Description("A problem customers meet in the stage (severity 1–5)")
    public record PainPoint(String id, @NonNull String description, @NonNull Integer severity, String touchpointId) {
    }
}
