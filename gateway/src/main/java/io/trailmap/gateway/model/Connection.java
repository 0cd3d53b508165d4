package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Relay-style page: edges with nodes; the end cursor continues after the last edge. */
public final class Connection {

    private Connection() {
    }

    @Description("Where the page ends and whether more follow")
    public record PageInfo(@NonNull Boolean hasNextPage, String endCursor) {
    }

    @Description("A page of journeys")
    public record JourneyConnection(@NonNull List<@NonNull JourneyEdge> edges, @NonNull PageInfo pageInfo) {

        public static JourneyConnection of(ServicePage<Journey> page) {
            List<Journey> items = page.items() == null ? List.of() : page.items();
            List<JourneyEdge> edges = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                edges.add(new JourneyEdge(items.get(i).withStageOwners(), i == items.size() - 1 ? page.nextCursor() : null));
            }
            return new JourneyConnection(edges, new PageInfo(page.nextCursor() != null, page.nextCursor()));
        }
    }

    @Description("A journey in a page; the last edge carries the cursor to continue after it")
    public record JourneyEdge(@NonNull Journey node, String cursor) {
    }
}
