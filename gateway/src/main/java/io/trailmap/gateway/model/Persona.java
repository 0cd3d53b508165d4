package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

@Description("A representative customer; buyingRole for B2B buying committees")
public record Persona(
        @Id @NonNull @Description("The persona's id (UUID)") String id,
        @NonNull @Description("The persona's name") String name,
        @NonNull @Description("B2B or B2C") Enums.Segment segment,
        @Description("Role in a B2B buying committee, e.g. DECISION_MAKER") String buyingRole,
        @Description("What they want (all; at most 50)") List<String> goals,
        @Description("What frustrates them (all; at most 50)") List<String> painPoints,
        @Description("A typical thing they say") String quote,
        @Description("When the persona was created") Instant createdAt) {
}
