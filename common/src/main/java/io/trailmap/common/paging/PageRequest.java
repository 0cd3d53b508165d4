package io.trailmap.common.paging;

import io.trailmap.common.problem.ProblemException;

/** {@code limit} (default 50, at most 500) and the opaque {@code cursor} of a list request. */
public record PageRequest(int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** From the raw query parameters, so a non-numeric limit is a clear 400 too. */
    public static PageRequest of(String limit, String cursor) {
        int size;
        try {
            size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
