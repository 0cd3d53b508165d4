package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

@Description("A journey map: ordered stages with their lanes")
public record Journey(
        @Id @NonNull @Description("The journey's id (UUID)") String id,
        @NonNull @Description("The journey's name, unique per tenant") String name,
        @Description("What the journey covers") String description,
        @NonNull @Description("Current state, future state, day in the life or service blueprint") Enums.MapType mapType,
        @NonNull @Description("B2B or B2C") Enums.Segment segment,
        @NonNull @Description("DRAFT, PUBLISHED or ARCHIVED") Enums.JourneyStatus status,
        @NonNull @Description("Optimistic-locking version; pass it to updateJourney") Integer version,
        @Description("The team that owns the journey") String ownerTeam,
        @Description("Ids of the personas the journey is mapped for (all; at most 50)") List<String> personaIds,
        @NonNull @Description("The stages in order (all; a journey has at most 50)") List<@NonNull Stage> stages,
        @Description("When the journey was created") Instant createdAt) {

    /** Stages know their journey, so nested fields can be fetched per journey and stage. */
    public Journey withStageOwners() {
        return new Journey(id, name, description, mapType, segment, status, version, ownerTeam, personaIds,
                stages == null ? List.of() : stages.stream().map(s -> s.inJourney(id)).toList(), createdAt);
    }
}
