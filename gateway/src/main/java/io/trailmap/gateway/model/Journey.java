package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A journey map: ordered stages with their lanes")
public record Journey(@Id @NonNull String id, @NonNull String name, String description, @NonNull Enums.MapType mapType,
                      @NonNull Enums.Segment segment, @NonNull Enums.JourneyStatus status, @NonNull Integer version,
                      String ownerTeam, List<String> personaIds, @NonNull List<@NonNull Stage> stages) {

    /** Stages know their journey, so nested fields can be fetched per journey and stage. */
    public Journey withStageOwners() {
        return new Journey(id, name, description, mapType, segment, status, version, ownerTeam, personaIds,
                stages == null ? List.of() : stages.stream().map(s -> s.inJourney(id)).toList());
    }
}
