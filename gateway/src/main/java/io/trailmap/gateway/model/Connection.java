package io.trailmap.gateway.model;

import io.trailmap.common.paging.Cursor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Relay-style pages: edges with nodes and cursors; pageInfo says whether more follow. A page is one
 * page of a service's list ({@code limit}/{@code cursor} → {@code nextCursor}), and each edge's cursor
 * is the service's keyset position of its node (sort instant and id), so a client may continue after
 * any edge, not only the last.
 */
public final class Connection {

    private Connection() {
    }

    @Description("Where the page ends and whether more follow")
    public record PageInfo(@NonNull @Description("Whether another page follows") Boolean hasNextPage,
                           @Description("Pass it as `after` to read the next page") String endCursor) {

        /** More follow exactly when the service gave a next cursor; without one the page ends at its last edge. */
        public static PageInfo of(String nextCursor, String lastEdgeCursor) {
            return new PageInfo(nextCursor != null, nextCursor != null ? nextCursor : lastEdgeCursor);
        }
    }

    /** The cursor a service's keyset paging continues after: the item's sort instant and id. */
    public static String keyset(Instant at, String id) {
        return at == null || id == null ? null : new Cursor(at, UUID.fromString(id)).encode();
    }

    private static <T, E> List<E> edgesOf(ServicePage<T> page, Function<T, String> cursorOf, BiFunction<T, String, E> edge) {
        List<T> items = page.items() == null ? List.of() : page.items();
        return items.stream().map(item -> edge.apply(item, cursorOf.apply(item))).toList();
    }

    private static <E> PageInfo pageInfoOf(ServicePage<?> page, List<E> edges, Function<E, String> cursorOf) {
        return PageInfo.of(page.nextCursor(), edges.isEmpty() ? null : cursorOf.apply(edges.getLast()));
    }

    @Description("A page of journeys")
    public record JourneyConnection(@NonNull @Description("The journeys of this page, oldest first") List<@NonNull JourneyEdge> edges,
                                    @NonNull @Description("Where the page ends") PageInfo pageInfo) {

        public static JourneyConnection of(ServicePage<Journey> page) {
            List<JourneyEdge> edges = edgesOf(page, j -> keyset(j.createdAt(), j.id()), (j, cursor) -> new JourneyEdge(j.withStageOwners(), cursor));
            return new JourneyConnection(edges, pageInfoOf(page, edges, JourneyEdge::cursor));
        }
    }

    @Description("A journey in a page with the cursor to continue after it")
    public record JourneyEdge(@NonNull @Description("The journey") Journey node,
                              @Description("Pass it as `after` to continue after this journey") String cursor) {
    }

    @Description("A page of the touchpoint catalogue")
    public record TouchpointConnection(@NonNull @Description("The touchpoints of this page, oldest first") List<@NonNull TouchpointEdge> edges,
                                       @NonNull @Description("Where the page ends") PageInfo pageInfo) {

        public static TouchpointConnection of(ServicePage<Touchpoint> page) {
            List<TouchpointEdge> edges = edgesOf(page, t -> keyset(t.createdAt(), t.id()), TouchpointEdge::new);
            return new TouchpointConnection(edges, pageInfoOf(page, edges, TouchpointEdge::cursor));
        }
    }

    @Description("A touchpoint in a page with the cursor to continue after it")
    public record TouchpointEdge(@NonNull @Description("The touchpoint") Touchpoint node,
                                 @Description("Pass it as `after` to continue after this touchpoint") String cursor) {
    }

    @Description("A page of personas")
    public record PersonaConnection(@NonNull @Description("The personas of this page, oldest first") List<@NonNull PersonaEdge> edges,
                                    @NonNull @Description("Where the page ends") PageInfo pageInfo) {

        public static PersonaConnection of(ServicePage<Persona> page) {
            List<PersonaEdge> edges = edgesOf(page, p -> keyset(p.createdAt(), p.id()), PersonaEdge::new);
            return new PersonaConnection(edges, pageInfoOf(page, edges, PersonaEdge::cursor));
        }
    }

    @Description("A persona in a page with the cursor to continue after it")
    public record PersonaEdge(@NonNull @Description("The persona") Persona node,
                              @Description("Pass it as `after` to continue after this persona") String cursor) {
    }

    @Description("A page of follow-up cases")
    public record FollowUpConnection(@NonNull @Description("The cases of this page, oldest first") List<@NonNull FollowUpEdge> edges,
                                     @NonNull @Description("Where the page ends") PageInfo pageInfo) {

        public static FollowUpConnection of(ServicePage<FollowUp> page) {
            List<FollowUpEdge> edges = edgesOf(page, f -> keyset(f.createdAt(), f.id()), FollowUpEdge::new);
            return new FollowUpConnection(edges, pageInfoOf(page, edges, FollowUpEdge::cursor));
        }
    }

    @Description("A follow-up case in a page with the cursor to continue after it")
    public record FollowUpEdge(@NonNull @Description("The case") FollowUp node,
                               @Description("Pass it as `after` to continue after this case") String cursor) {
    }

    @Description("A page of a customer's interactions")
    public record EventConnection(@NonNull @Description("The interactions of this page, oldest first") List<@NonNull EventEdge> edges,
                                  @NonNull @Description("Where the page ends") PageInfo pageInfo) {

        public static EventConnection of(List<EventEdge> edges, String nextCursor) {
            return new EventConnection(edges, PageInfo.of(nextCursor, edges.isEmpty() ? null : edges.getLast().cursor()));
        }
    }

    @Description("An interaction in a page with the cursor to continue after it")
    public record EventEdge(@NonNull @Description("The interaction") Customer.Event node,
                            @Description("Pass it as `after` to continue after this interaction") String cursor) {
    }

    @Description("A page of a customer's survey responses")
    public record ResponseConnection(@NonNull @Description("The responses of this page, oldest first") List<@NonNull ResponseEdge> edges,
                                     @NonNull @Description("Where the page ends") PageInfo pageInfo) {

        public static ResponseConnection of(List<ResponseEdge> edges, String nextCursor) {
            return new ResponseConnection(edges, PageInfo.of(nextCursor, edges.isEmpty() ? null : edges.getLast().cursor()));
        }
    }

    @Description("A survey response in a page with the cursor to continue after it")
    public record ResponseEdge(@NonNull @Description("The response") Customer.Response node,
                               @Description("Pass it as `after` to continue after this response") String cursor) {
    }
}
