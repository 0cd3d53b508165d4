package io.trailmap.gateway.graph;

import io.trailmap.common.paging.Cursor;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.gateway.error.BadUserInputError;

/**
 * The {@code first} and {@code after} arguments of a connection field, checked before any service is
 * asked: {@code first} from 1 to the field's maximum (absent: its default), {@code after} a cursor the
 * gateway handed out (blank: from the start), passed on as the service's {@code limit} and {@code cursor}.
 */
record PageArgs(int first, String after) {

    static PageArgs of(Integer first, String after, int defaultFirst, int maxFirst) {
        int size = first == null ? defaultFirst : first;
        if (size < 1 || size > maxFirst) {
            throw new BadUserInputError("first: must be between 1 and " + maxFirst + ", not " + size);
        }
        if (after == null || after.isBlank()) {
            return new PageArgs(size, null);
        }
        try {
            Cursor.decode(after);
        } catch (ProblemException e) {
            throw new BadUserInputError("after: is not a cursor this API returned");
        }
        return new PageArgs(size, after);
    }
}
