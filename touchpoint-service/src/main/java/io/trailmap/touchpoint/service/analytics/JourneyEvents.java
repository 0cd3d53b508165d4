package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.service.Sql;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A journey's events customer by customer (by customer id), each customer's in time order (occurred_at, then
 * event id), in a range: from the touches kept per customer and journey ({@code customer_journeys.touches},
 * one row per customer) or, as the reference, from the raw interactions. The channel is the interaction's
 * own, else its catalogue touchpoint's, else OTHER. Customers with no event in the range are left out.
 */
final class JourneyEvents {

    private static final Logger LOG = Logger.getLogger(JourneyEvents.class);

    private static final String RAW = """
            SELECT i.customer_id, i.touchpoint_id, coalesce(i.channel, tp.channel, 'OTHER') AS channel,
                   i.stage_key, i.type, i.occurred_at, i.variant
            FROM interactions i LEFT JOIN touchpoints tp ON tp.id = i.touchpoint_id AND tp.tenant_id = i.tenant_id
            WHERE i.tenant_id = ? AND i.journey_id = ? AND i.occurred_at >= ? AND i.occurred_at < ?""";
    private static final String RAW_ORDER = " ORDER BY i.customer_id, i.occurred_at, i.event_id";

    /**
     * The journey's customers changed by the folds after a rollup version ({@code rollup_folds}), what each fold added to
     * each, and their touches now — one statement, so the version read is the one the touches count up to. One row even
     * when nothing changed; none when the tenant has no rollups yet.
     */
    private static final String CHANGED_SINCE = """
            WITH %s,
            changed AS (SELECT customer_id, %s FROM logged WHERE journey_id = ? GROUP BY customer_id)
            SELECT %s, ch.customer_id, ch.versions, ch.journeys, ch.added, ch.late, c.customer_id AS kept_customer, c.interactions, %s
            FROM rollup_versions v
            LEFT JOIN changed ch ON true
            LEFT JOIN customer_journeys c ON c.tenant_id = v.tenant_id AND c.journey_id = ? AND c.customer_id = ch.customer_id
            WHERE v.tenant_id = ?
            ORDER BY ch.customer_id""".formatted(LoggedFolds.LOG_SINCE, LoggedFolds.CHANGES, LoggedFolds.VERSIONS,
            TouchBytes.KEPT_OR_REBUILT);

    private JourneyEvents() {
    }

    /**
     * Hands {@code customer} each customer's events; answers the rollup version the events count up to when the
     * read can say (from the kept touches; null from raw interactions).
     */
    static Long forEachCustomer(Sql sql, AnalyticsSource source, String tenant, UUID journeyId, TimeRange range,
                                Consumer<List<JourneyEvent>> customer) {
        if (source == AnalyticsSource.RAW) {
            raw(sql, RAW + RAW_ORDER, List.of(tenant, journeyId, range.lowerBound(), range.upperBound()),
                    (id, events) -> customer.accept(events));
            return null;
        }
        return kept(sql, tenant, journeyId, range, customer);
    }

    /**
     * Hands {@code changed} every customer of the journey whose touches changed after the oldest of the rollup versions
     * {@code since}: their events in the range now and at each of those versions, from the kept touches and what each
     * fold since added to them. Answers the version that brings them up to, or null when the changes since one of them
     * cannot be followed — a version not logged (an erasure, a retention run, a log pruned since), touches that do
     * not add up to the interactions or to what the folds logged, late touches of a time held by touches unlike them: then nothing was handed over
     * unless the touches did not add up (the caller starts afresh either way).
     */
    static Long changedSince(Sql sql, String tenant, UUID journeyId, TimeRange range, Collection<Long> since,
                             Consumer<LoggedFolds.CustomerChange<JourneyEvent>> changed) {
        Map<UUID, String> channels = catalogueChannels(sql, tenant);
        long oldest = since.stream().mapToLong(Long::longValue).min().orElseThrow();
        LoggedFolds[] log = {null};
        boolean[] followed = {true};
        sql.each(CHANGED_SINCE, List.of(tenant, oldest, journeyId, journeyId, tenant), row -> {
            if (log[0] == null) {
                log[0] = LoggedFolds.of(row);
                followed[0] = log[0].follows(since);
            }
            String customer = row.getString("customer_id");
            if (!followed[0] || customer == null) {
                return;
            }
            byte[] touches = row.getBytes("touches");
            long interactions = row.getLong("interactions");
            TouchBytes.Decoded now = TouchBytes.decode(touches, range, channels);
            if (row.getString("kept_customer") == null || now.touches() != interactions) {
                LOG.debugf("changes since version %d not followed: customer %s's touches do not add up", oldest, customer);
                followed[0] = false;
                return;
            }
            LoggedFolds.Changes changes = LoggedFolds.Changes.of(row);
            byte[] atOldest = changes.touchesAt(oldest, journeyId, touches);
            if (atOldest == null) {
                LOG.debugf("changes since version %d not followed: customer %s's touches then cannot be told", oldest, customer);
                followed[0] = false;
                return;
            }
            changed.accept(new LoggedFolds.CustomerChange<>() {
                @Override
                public List<JourneyEvent> now() {
                    return now.inRange();
                }

                @Override
                public boolean changedSince(long version) {
                    return changes.addedSince(version, journeyId) > 0;
                }

                @Override
                public List<JourneyEvent> at(long version) {
                    byte[] then = version == oldest ? atOldest : changes.touchesAt(version, journeyId, touches);
                    return TouchBytes.decode(then, range, channels).inRange();
                }
            });
        });
        return followed[0] && log[0] != null ? log[0].version() : null;
    }

    private static Map<UUID, String> catalogueChannels(Sql sql, String tenant) {
        Map<UUID, String> channels = new HashMap<>();
        sql.each("SELECT id, channel FROM touchpoints WHERE tenant_id = ?", List.of(tenant),
                row -> channels.put(row.getObject("id", UUID.class), row.getString("channel")));
        return channels;
    }

    /**
     * From the kept touches (rebuilt in the query where they are not known in order, see
     * {@link TouchBytes#KEPT_OR_REBUILT}), so the customers come in the raw read's order. Those whose touches
     * do not add up to their interactions (folded by a version before the touches were kept) are read raw after.
     */
    private static Long kept(Sql sql, String tenant, UUID journeyId, TimeRange range, Consumer<List<JourneyEvent>> customer) {
        Map<UUID, String> channels = catalogueChannels(sql, tenant);
        List<String> miscounted = new ArrayList<>();
        Long[] version = {null};
        sql.each("SELECT c.customer_id, c.interactions, " + TouchBytes.KEPT_OR_REBUILT
                        + ", (SELECT v.version FROM rollup_versions v WHERE v.tenant_id = ?) AS version"
                        + " FROM customer_journeys c WHERE c.tenant_id = ? AND c.journey_id = ? ORDER BY c.customer_id",
                List.of(tenant, tenant, journeyId),
                row -> {
                    version[0] = row.getLong("version");
                    TouchBytes.Decoded decoded = TouchBytes.decode(row.getBytes("touches"), range, channels);
                    if (decoded.touches() != row.getLong("interactions")) {
                        miscounted.add(row.getString("customer_id"));
                    } else if (!decoded.inRange().isEmpty()) {
                        customer.accept(decoded.inRange());
                    }
                });
        if (!miscounted.isEmpty()) {
            LOG.warnf("%d customers of journey %s have touches that do not add up to their interactions: read raw",
                    miscounted.size(), journeyId);
            raw(sql, RAW + " AND i.customer_id = ANY (?)" + RAW_ORDER, List.of(tenant, journeyId, range.lowerBound(),
                    range.upperBound(), miscounted.toArray(String[]::new)), (id, events) -> customer.accept(events));
        }
        // those read raw may count events folded after the version: such an event's fold names the customer, so a pass
        // following the changes since meets the customer's touches not adding up, and reads every customer again
        return version[0];
    }

    private static void raw(Sql sql, String query, List<Object> params, BiConsumer<String, List<JourneyEvent>> customer) {
        List<JourneyEvent>[] current = new List[]{null};
        String[] currentId = {null};
        sql.each(query, params, row -> {
            String id = row.getString("customer_id");
            if (!id.equals(currentId[0])) {
                if (current[0] != null) {
                    customer.accept(currentId[0], current[0]);
                }
                currentId[0] = id;
                current[0] = new ArrayList<>();
            }
            current[0].add(new JourneyEvent(row.getObject("touchpoint_id", UUID.class), row.getString("channel"),
                    row.getString("stage_key"), row.getString("type"), Sql.instant(row, "occurred_at"), row.getString("variant")));
        });
        if (current[0] != null) {
            customer.accept(currentId[0], current[0]);
        }
    }
}
