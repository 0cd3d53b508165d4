package io.trailmap.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: {@code {"items": [...], "nextCursor": "..." | null}}. */
public record Page<T>(List<T> items,
                      @Schema(nullable = true, description = "Continue after this page with cursor=…; null on the last page") String nextCursor) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells
     * that there is a next page, whose cursor is made from the last row kept.
     */
    public static <T> Page<T> fromOverfetched(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> kept = List.copyOf(rows.subList(0, limit));
        return new Page<>(kept, cursorOf.apply(kept.getLast()));
    }
}
