package io.trailmap.journey.domain;

import io.trailmap.common.validation.StageKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Objects;

/**
 * One column of a journey map with all its lanes. {@code key} is a stable slug, unique in the
 * journey (made from the name when absent); {@code position} is derived from the stage order.
 * The last four lanes are the service-blueprint lanes.
 */
public record Stage(
        @Schema(nullable = true, description = "Stable slug, unique in the journey; made from the name when absent")
        @StageKey(message = "must be a slug: lower-case letters, digits and single dashes") String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull Phase phase,
        @Schema(nullable = true, description = "0-based; answers always carry it, a new stage goes to the end without it")
        Integer position,
        @Schema(nullable = true) @Size(max = 2000) String goal,
        @Size(max = Lanes.MAX_ITEMS) List<@NotBlank @Size(max = Lanes.MAX_TEXT) String> actions,
        @Size(max = Lanes.MAX_ITEMS) List<@NotBlank @Size(max = Lanes.MAX_TEXT) String> thoughts,
        @Schema(nullable = true) @Valid Emotion emotion,
        @Size(max = Lanes.MAX_ITEMS) List<@Valid @NotNull PainPoint> painPoints,
        @Size(max = Lanes.MAX_ITEMS) List<@Valid @NotNull Opportunity> opportunities,
        @Size(max = Lanes.MAX_ITEMS) List<@Valid @NotNull Kpi> kpis,
        @Size(max = Lanes.MAX_ITEMS) List<@NotBlank @Size(max = Lanes.MAX_TEXT) String> frontstage,
        @Size(max = Lanes.MAX_ITEMS) List<@NotBlank @Size(max = Lanes.MAX_TEXT) String> backstage,
        @Size(max = Lanes.MAX_ITEMS) List<@NotBlank @Size(max = Lanes.MAX_TEXT) String> supportProcesses,
        @Size(max = Lanes.MAX_ITEMS) List<@NotBlank @Size(max = Lanes.MAX_TEXT) String> evidence) {

    /** Lists are never null once normalised, so clients always see every lane. */
    public Stage {
        actions = Lanes.orEmpty(actions);
        thoughts = Lanes.orEmpty(thoughts);
        painPoints = Lanes.orEmpty(painPoints);
        opportunities = Lanes.orEmpty(opportunities);
        kpis = Lanes.orEmpty(kpis);
        frontstage = Lanes.orEmpty(frontstage);
        backstage = Lanes.orEmpty(backstage);
        supportProcesses = Lanes.orEmpty(supportProcesses);
        evidence = Lanes.orEmpty(evidence);
    }

    public Stage withKeyAndPosition(String newKey, int newPosition) {
        return new Stage(newKey, name, phase, newPosition, goal, actions, thoughts, emotion, painPoints,
                opportunities, kpis, frontstage, backstage, supportProcesses, evidence);
    }

    public Stage withItems(List<PainPoint> newPainPoints, List<Opportunity> newOpportunities) {
        return new Stage(key, name, phase, position, goal, actions, thoughts, emotion, newPainPoints,
                newOpportunities, kpis, frontstage, backstage, supportProcesses, evidence);
    }

    /** Same content, ignoring the position (which only says where the stage stands). */
    public boolean sameContentAs(Stage other) {
        return Objects.equals(withKeyAndPosition(key, 0), other.withKeyAndPosition(key, 0));
    }
}
