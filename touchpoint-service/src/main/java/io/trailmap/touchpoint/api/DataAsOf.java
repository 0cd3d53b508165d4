package io.trailmap.touchpoint.api;

/** The freshness stamp every analytics answer carries (DESIGN §5 "Freshness"). */
public final class DataAsOf {

    public static final String DESCRIPTION = "Every event acknowledged before this instant is counted in this answer;"
            + " events acknowledged later may not be yet (ask with `minDataAsOf` to wait for them)";

    private DataAsOf() {
    }
}
