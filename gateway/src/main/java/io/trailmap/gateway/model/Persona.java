package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A representative customer; buyingRole for B2B buying committees")
public record Persona(@Id @NonNull String id, @NonNull String name, @NonNull Enums.Segment segment, String buyingRole,
                      List<String> goals, List<String> painPoints, String quote) {
}
