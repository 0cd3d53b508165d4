package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A place where customers meet the brand")
public record Touchpoint(@Id @NonNull String id, @NonNull String name, @NonNull Enums.Channel channel, String mode,
                         String funnelPosition, String platform, Integer importance, List<Link> links) {

    @Description("A journey stage where the touchpoint occurs")
    public record Link(@NonNull String journeyId, @NonNull String stageKey) {
    }
}
