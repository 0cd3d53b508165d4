package io.trailmap.touchpoint.service.analytics;

import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The folds logged after a rollup version ({@code rollup_folds}, written by each fold) as a reading statement
 * answers them beside the customers they changed: which versions are logged, which of them met a late event, and
 * per changed customer how many touches each fold added to each of their journeys — so that kept analytics counting
 * up to different versions each learn how a customer was at their own version.
 */
final class LoggedFolds {

    private static final Logger LOG = Logger.getLogger(LoggedFolds.class);

    /** The log after version {@code ?} of tenant {@code ?}, one row per fold and customer journey it changed. */
    static final String LOG_SINCE = """
            log AS (SELECT version, unknown, journeys, customers, added FROM rollup_folds WHERE tenant_id = ? AND version > ?),
            logged AS (
                SELECT l.version, u.journey_id, u.customer_id, u.added
                FROM log l CROSS JOIN LATERAL unnest(l.journeys, l.customers, l.added) AS u(journey_id, customer_id, added))""";

    /** Select-list items: the version the read counts up to ({@code rollup_versions v}), the versions logged and those late. */
    static final String VERSIONS = "v.version, (SELECT array_agg(version) FROM log) AS logged,"
            + " (SELECT array_agg(version) FROM log WHERE unknown) AS late";

    /** Aggregates, per group of {@code logged} rows: each fold's version, journey and touches added. */
    static final String CHANGES = "array_agg(version) AS versions, array_agg(journey_id) AS journeys, array_agg(added) AS added";

    /** A changed customer's events (or touches) in a range: as they are now, and as they were at a rollup version. */
    interface CustomerChange<E> {
        List<E> now();

        /** Whether the folds after {@code version} changed them. */
        boolean changedSince(long version);

        /** As they were at {@code version}, one of the versions the read was asked to follow from. */
        List<E> at(long version);
    }

    private final long version;
    private final Set<Long> logged;
    private final Set<Long> late;

    private LoggedFolds(long version, Set<Long> logged, Set<Long> late) {
        this.version = version;
        this.logged = logged;
        this.late = late;
    }

    /** From the first row of a statement selecting {@link #VERSIONS}. */
    static LoggedFolds of(ResultSet row) throws SQLException {
        return new LoggedFolds(row.getLong("version"), versions(row.getArray("logged")), versions(row.getArray("late")));
    }

    long version() {
        return version;
    }

    /** Whether every change after each of {@code since} up to {@link #version()} is logged and appended touches in order. */
    boolean follows(Collection<Long> since) {
        for (long from : since) {
            for (long v = from + 1; v <= version; v++) {
                if (!logged.contains(v) || late.contains(v)) {
                    LOG.debugf("changes from version %d to %d not followed: version %d %s", from, version, v,
                            logged.contains(v) ? "met a late event" : "is not logged");
                    return false;
                }
            }
        }
        return true;
    }

    /** The touches the folds after {@code since} added to {@code journeyId}, from a row's {@link #CHANGES} (null: none). */
    static int addedSince(long since, UUID journeyId, Long[] versions, UUID[] journeys, Integer[] added) {
        int total = 0;
        for (int i = 0; versions != null && i < versions.length; i++) {
            if (versions[i] > since && journeys[i].equals(journeyId)) {
                total += added[i];
            }
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    static <T> T[] array(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? null : (T[]) array.getArray();
    }

    private static Set<Long> versions(Array array) throws SQLException {
        Set<Long> versions = new HashSet<>();
        if (array != null) {
            for (Long v : (Long[]) array.getArray()) {
                versions.add(v);
            }
        }
        return versions;
    }
}
