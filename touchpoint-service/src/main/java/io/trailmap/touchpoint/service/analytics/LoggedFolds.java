package io.trailmap.touchpoint.service.analytics;

import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The folds logged after a rollup version ({@code rollup_folds}, written by each fold) as a reading statement
 * answers them beside the customers they changed: which versions are logged, which of them cannot be followed, and
 * per changed customer what each fold did to each of their journeys — so that kept analytics counting up to
 * different versions each learn how a customer was at their own version.
 */
final class LoggedFolds {

    private static final Logger LOG = Logger.getLogger(LoggedFolds.class);

    /** The log after version {@code ?} of tenant {@code ?}, one row per fold and customer journey it changed. */
    static final String LOG_SINCE = """
            log AS (SELECT version, unknown, journeys, customers, added, late FROM rollup_folds WHERE tenant_id = ? AND version > ?),
            logged AS (
                SELECT l.version, u.journey_id, u.customer_id, u.added, u.late
                FROM log l CROSS JOIN LATERAL unnest(l.journeys, l.customers, l.added, l.late) AS u(journey_id, customer_id, added, late))""";

    /**
     * Select-list items: the version the read counts up to ({@code rollup_versions v}), the versions logged, and those
     * that cannot be followed (a late event met before folds logged their late touches, migration V12).
     */
    static final String VERSIONS = "v.version, (SELECT array_agg(version) FROM log) AS logged,"
            + " (SELECT array_agg(version) FROM log WHERE unknown) AS unfollowed";

    /** Aggregates, per group of {@code logged} rows: each fold's version, journey, touches added and late touches. */
    static final String CHANGES = "array_agg(version) AS versions, array_agg(journey_id) AS journeys, array_agg(added) AS added,"
            + " array_agg(late) AS late";

    /** A changed customer's events (or touches) in a range: as they are now, and as they were at a rollup version. */
    interface CustomerChange<E> {
        List<E> now();

        /** Whether the folds after {@code version} changed them. */
        boolean changedSince(long version);

        /** As they were at {@code version}, one of the versions the read was asked to follow from. */
        List<E> at(long version);
    }

    /**
     * What the folds logged since did to one customer, from a row's {@link #CHANGES}: per fold and journey of theirs
     * the version, the number of touches added and, where they did not all come after the journey's last touch, the
     * touches themselves (null arrays: no change).
     */
    record Changes(Long[] versions, UUID[] journeys, Integer[] added, byte[][] late) {

        static Changes of(ResultSet row) throws SQLException {
            return new Changes(array(row, "versions"), array(row, "journeys"), array(row, "added"), array(row, "late"));
        }

        /** The touches the folds after {@code since} added to {@code journeyId}. */
        int addedSince(long since, UUID journeyId) {
            int total = 0;
            for (int i : since(since, journeyId)) {
                total += added[i];
            }
            return total;
        }

        /**
         * {@code journeyId}'s touches as they were at {@code since}, from them as they are ({@code now}): the folds after
         * it undone newest first — the last {@code added} touches of a fold that appended, exactly the logged touches of
         * one that met a late event (a journey's touches are ordered by time and event id, so what is left stays in
         * its order). Null when a fold's touches are not there to take away (they do not add up), or when touches of
         * one time unlike each other leave it open which to take.
         */
        byte[] touchesAt(long since, UUID journeyId, byte[] now) {
            List<Integer> folds = since(since, journeyId);
            if (folds.isEmpty()) {
                return now;
            }
            folds.sort(Comparator.comparing((Integer i) -> versions[i]).reversed());
            List<ByteBuffer> touches = TouchBytes.split(now);
            for (int i : folds) {
                touches = late[i] == null ? withoutLast(touches, added[i]) : without(touches, TouchBytes.split(late[i]));
                if (touches == null) {
                    return null;
                }
            }
            return TouchBytes.join(touches);
        }

        private List<Integer> since(long since, UUID journeyId) {
            List<Integer> folds = new ArrayList<>();
            for (int i = 0; versions != null && i < versions.length; i++) {
                if (versions[i] > since && journeys[i].equals(journeyId)) {
                    folds.add(i);
                }
            }
            return folds;
        }

        private static List<ByteBuffer> withoutLast(List<ByteBuffer> touches, int count) {
            return count > touches.size() ? null : touches.subList(0, touches.size() - count);
        }

        /**
         * {@code touches} in their order less one equal to each of {@code taken}; null if one is not there, or if which
         * one is taken could matter: touches of one time are ordered by event id, which they do not hold, so a touch
         * equal to a taken one is taken only where every touch of its time is equal to it.
         */
        private static List<ByteBuffer> without(List<ByteBuffer> touches, List<ByteBuffer> taken) {
            Map<ByteBuffer, Integer> left = new HashMap<>();
            taken.forEach(touch -> left.merge(touch, 1, Integer::sum));
            List<ByteBuffer> kept = new ArrayList<>(touches.size());
            for (int start = 0, end; start < touches.size(); start = end) {
                long at = touches.get(start).getLong(0);
                boolean alike = true;
                for (end = start + 1; end < touches.size() && touches.get(end).getLong(0) == at; end++) {
                    alike &= touches.get(end).equals(touches.get(start));
                }
                for (int i = start; i < end; i++) {
                    ByteBuffer touch = touches.get(i);
                    if (!left.containsKey(touch)) {
                        kept.add(touch);
                    } else if (!alike) {
                        return null;
                    } else {
                        left.computeIfPresent(touch, (t, n) -> n == 1 ? null : n - 1);
                    }
                }
            }
            return left.isEmpty() ? kept : null;
        }
    }

    private final long version;
    private final Set<Long> logged;
    private final Set<Long> unfollowed;

    private LoggedFolds(long version, Set<Long> logged, Set<Long> unfollowed) {
        this.version = version;
        this.logged = logged;
        this.unfollowed = unfollowed;
    }

    /** From the first row of a statement selecting {@link #VERSIONS}. */
    static LoggedFolds of(ResultSet row) throws SQLException {
        return new LoggedFolds(row.getLong("version"), versions(row.getArray("logged")), versions(row.getArray("unfollowed")));
    }

    long version() {
        return version;
    }

    /** Whether every change after each of {@code since} up to {@link #version()} is logged so that it can be followed. */
    boolean follows(Collection<Long> since) {
        for (long from : since) {
            for (long v = from + 1; v <= version; v++) {
                if (!logged.contains(v) || unfollowed.contains(v)) {
                    LOG.debugf("changes from version %d to %d not followed: version %d %s", from, version, v,
                            logged.contains(v) ? "met a late event before late touches were logged" : "is not logged");
                    return false;
                }
            }
        }
        return true;
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
