package io.trailmap.gateway.model;

import io.trailmap.common.paging.Cursor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** Relay-style page: edges with nodes and cursors; pageInfo says whether more follow. */
public final class Connection {

    private Connection() {
    }

    @Description("Where the page ends and whether more follow")
    public record PageInfo(@NonNull @Description("Whether another page follows") Boolean hasNextPage,
                           @Description("Pass it as `after` to read the next page") String endCursor) {
    }

    @Description("A page of journeys")
    public record JourneyConnection(@NonNull @Description("The journeys of this page, newest first") List<@NonNull JourneyEdge> edges,
                                    @NonNull @Description("Where the page ends") PageInfo pageInfo) {

        /**
         * Each edge's cursor is journey-service's keyset position (creation instant and id), so a
         * client may continue after any edge, not only the last.
         */
        public static JourneyConnection of(ServicePage<Journey> page) {
            List<Journey> items = page.items() == null ? List.of() : page.items();
            List<JourneyEdge> edges = items.stream().map(j -> new JourneyEdge(j.withStageOwners(), cursorOf(j))).toList();
            String end = page.nextCursor() != null ? page.nextCursor() : edges.isEmpty() ? null : edges.getLast().cursor();
            return new JourneyConnection(edges, new PageInfo(page.nextCursor() != null, end));
        }

        private static String cursorOf(Journey journey) {
            return journey.createdAt() == null ? null : new Cursor(journey.createdAt(), UUID.fromString(journey.id())).encode();
        }
    }

    @Description("A journey in a page with the cursor to continue after it")
    public record JourneyEdge(@NonNull @Description("The journey") Journey node,
                              @Description("Pass it as `after` to continue after this journey") String cursor) {
    }
}
