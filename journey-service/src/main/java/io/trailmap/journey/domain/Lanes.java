package io.trailmap.journey.domain;

import java.util.List;

/** Limits and helpers shared by the lanes of a stage. */
public final class Lanes {

    public static final int MAX_ITEMS = 200;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_STAGES = 50;

    private Lanes() {
    }

    static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
