package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

@Description("A place where customers meet the brand")
public record Touchpoint(
        @Id @NonNull @Description("The touchpoint's id (UUID)") String id,
        @NonNull @Description("The touchpoint's name") String name,
        @NonNull @Description("The channel customers use here") Enums.Channel channel,
        @Description("Online or offline") Enums.Mode mode,
        @Description("Where in the funnel it sits") Enums.FunnelPosition funnelPosition,
        @Description("Where it runs, e.g. web, iOS, store") String platform,
        @Description("1 … 5, how much it matters") Integer importance,
        @Description("The journey stages it is linked to (all; at most 200)") List<Link> links,
        @Description("When the touchpoint was added to the catalogue") Instant createdAt) {

    @Description("A journey stage where the touchpoint occurs")
    public record Link(@NonNull @Description("The journey's id") @Id String journeyId,
                       @NonNull @Description("The stage's key in that journey") String stageKey) {
    }
}
