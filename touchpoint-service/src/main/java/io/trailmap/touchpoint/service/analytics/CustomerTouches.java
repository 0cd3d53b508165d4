package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.analytics.TouchpointCounter.CustomerTouch;
import io.trailmap.touchpoint.service.Sql;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A tenant's touches of some touchpoints in a range, customer by customer across their journeys, from the
 * touches kept per customer and journey (rebuilt in the query where not known in order,
 * {@link TouchBytes#KEPT_OR_REBUILT}): one row per customer and journey instead of every raw event. A customer
 * with a row whose touches do not add up to its interactions is read raw as a whole, by the customer index,
 * after the others (the counts do not depend on the order).
 */
final class CustomerTouches {

    private static final Logger LOG = Logger.getLogger(CustomerTouches.class);

    private static final String RAW = """
            SELECT c.customer_id, i.touchpoint_id, i.occurred_at, c.last_conversion_at
            FROM customer_journeys c JOIN interactions i
              ON i.tenant_id = c.tenant_id AND i.customer_id = c.customer_id AND i.journey_id = c.journey_id
            WHERE c.tenant_id = ? AND i.touchpoint_id = ANY (?) AND i.occurred_at >= ? AND i.occurred_at < ?""";

    /**
     * The tenant's customers changed by the folds after a rollup version ({@code rollup_folds}): every journey of
     * theirs, with what each fold since added to which of them — one statement, so the version read is the one the
     * touches count up to. One row even when nothing changed; none when the tenant has no rollups yet.
     */
    private static final String CHANGED_SINCE = """
            WITH %s,
            customers AS (SELECT customer_id, %s FROM logged GROUP BY customer_id)
            SELECT %s, cu.customer_id, cu.versions, cu.journeys, cu.added, cu.late, c.customer_id AS kept_customer, c.journey_id,
                   c.interactions, %s
            FROM rollup_versions v
            LEFT JOIN customers cu ON true
            LEFT JOIN customer_journeys c ON c.tenant_id = v.tenant_id AND c.customer_id = cu.customer_id
            WHERE v.tenant_id = ?
            ORDER BY cu.customer_id""".formatted(LoggedFolds.LOG_SINCE, LoggedFolds.CHANGES, LoggedFolds.VERSIONS,
            TouchBytes.KEPT_OR_REBUILT);

    /** One journey of a changed customer: its touches and events now (all of them), and what the folds since did to it. */
    private record Journey(UUID journeyId, byte[] touches, List<JourneyEvent> events, LoggedFolds.Changes changes) {

        boolean changedSince(long version) {
            return changes.addedSince(version, journeyId) > 0;
        }

        /** Its events at {@code version} (null: the folds' touches are not there to take away). */
        List<JourneyEvent> at(long version) {
            byte[] then = changes.touchesAt(version, journeyId, touches);
            return then == null ? null : TouchBytes.decode(then, TimeRange.ALL, Map.of()).inRange();
        }
    }

    private CustomerTouches() {
    }

    /**
     * Hands {@code changed} every customer whose touches changed after the oldest of the rollup versions {@code since},
     * across their journeys: their touches now and at each of those versions, from the kept touches and what each fold
     * since added. Answers the version that brings them up to, or null when the changes cannot be followed (as
     * {@link JourneyEvents#changedSince}).
     */
    static Long changedSince(Sql sql, String tenant, Collection<UUID> touchpoints, TimeRange range, Collection<Long> since,
                             Consumer<LoggedFolds.CustomerChange<CustomerTouch>> changed) {
        Set<UUID> wanted = Set.copyOf(touchpoints);
        long oldest = since.stream().mapToLong(Long::longValue).min().orElseThrow();
        LoggedFolds[] log = {null};
        boolean[] followed = {true};
        String[] current = {null};
        List<Journey> journeys = new ArrayList<>();
        Runnable flush = () -> {
            if (followed[0] && !journeys.isEmpty()) {
                changed.accept(change(List.copyOf(journeys), wanted, range));
            }
            journeys.clear();
        };
        sql.each(CHANGED_SINCE, List.of(tenant, oldest, tenant), row -> {
            if (log[0] == null) {
                log[0] = LoggedFolds.of(row);
                followed[0] = log[0].follows(since);
            }
            String customer = row.getString("customer_id");
            if (!followed[0] || customer == null) {
                return;
            }
            if (!customer.equals(current[0])) {
                flush.run();
                current[0] = customer;
            }
            long interactions = row.getLong("interactions");
            byte[] touches = row.getBytes("touches");
            TouchBytes.Decoded all = TouchBytes.decode(touches, TimeRange.ALL, Map.of());
            Journey journey = row.getString("kept_customer") == null ? null
                    : new Journey(row.getObject("journey_id", UUID.class), touches, all.inRange(), LoggedFolds.Changes.of(row));
            if (journey == null || all.touches() != interactions || journey.at(oldest) == null) {
                LOG.debugf("changes since version %d not followed: customer %s's touches do not add up", oldest, customer);
                followed[0] = false;
                return;
            }
            journeys.add(journey);
        });
        flush.run();
        return followed[0] && log[0] != null ? log[0].version() : null;
    }

    private static LoggedFolds.CustomerChange<CustomerTouch> change(List<Journey> journeys, Set<UUID> wanted, TimeRange range) {
        List<CustomerTouch> now = new ArrayList<>();
        journeys.forEach(journey -> touches(journey.events(), wanted, range, now));
        return new LoggedFolds.CustomerChange<>() {
            @Override
            public List<CustomerTouch> now() {
                return now;
            }

            @Override
            public boolean changedSince(long version) {
                return journeys.stream().anyMatch(journey -> journey.changedSince(version));
            }

            @Override
            public List<CustomerTouch> at(long version) {
                List<CustomerTouch> then = new ArrayList<>();
                journeys.forEach(journey -> touches(journey.at(version), wanted, range, then));
                return then;
            }
        };
    }

    /** The touches of {@code wanted} in {@code range} of one customer journey's events, each with the journey's last PURCHASE among them. */
    private static void touches(List<JourneyEvent> events, Set<UUID> wanted, TimeRange range, List<CustomerTouch> into) {
        Instant lastConversion = null;
        for (JourneyEvent event : events) {
            if (event.isPurchase() && (lastConversion == null || event.at().isAfter(lastConversion))) {
                lastConversion = event.at();
            }
        }
        for (JourneyEvent event : events) {
            if (wanted.contains(event.touchpointId()) && range.contains(event.at())) {
                into.add(new CustomerTouch(event.touchpointId(), event.at(), lastConversion));
            }
        }
    }

    /**
     * Hands {@code customer} each customer's touches; answers the rollup version they count up to (null when the tenant
     * has no rollups yet).
     */
    static Long forEachCustomer(Sql sql, String tenant, Collection<UUID> touchpoints, TimeRange range,
                                Consumer<List<CustomerTouch>> customer) {
        Set<UUID> wanted = Set.copyOf(touchpoints);
        UUID[] ids = wanted.toArray(UUID[]::new);
        List<String> readRaw = new ArrayList<>();
        String[] current = {null};
        boolean[] currentRaw = {false};
        List<CustomerTouch> touches = new ArrayList<>();
        Runnable flush = () -> {
            if (current[0] != null) {
                if (currentRaw[0]) {
                    readRaw.add(current[0]);
                } else if (!touches.isEmpty()) {
                    customer.accept(List.copyOf(touches));
                }
            }
            touches.clear();
            currentRaw[0] = false;
        };
        Long[] version = {null};
        sql.each("SELECT c.customer_id, c.interactions, c.last_conversion_at, " + TouchBytes.KEPT_OR_REBUILT
                        + ", (SELECT v.version FROM rollup_versions v WHERE v.tenant_id = ?) AS version"
                        + " FROM customer_journeys c WHERE c.tenant_id = ? ORDER BY c.customer_id", List.of(tenant, tenant),
                row -> {
                    version[0] = row.getLong("version");
                    String id = row.getString("customer_id");
                    if (!id.equals(current[0])) {
                        flush.run();
                        current[0] = id;
                    }
                    if (currentRaw[0]) {
                        return;
                    }
                    byte[] kept = row.getBytes("touches");
                    Instant conversion = Sql.instant(row, "last_conversion_at");
                    TouchBytes.Decoded decoded = TouchBytes.decode(kept, range, Map.of());
                    if (decoded.touches() != row.getLong("interactions")) {
                        currentRaw[0] = true;
                        return;
                    }
                    for (JourneyEvent event : decoded.inRange()) {
                        if (wanted.contains(event.touchpointId())) {
                            touches.add(new CustomerTouch(event.touchpointId(), event.at(), conversion));
                        }
                    }
                });
        flush.run();

        if (!readRaw.isEmpty()) {
            LOG.debugf("%d customers with touches not adding up to their interactions: read raw", readRaw.size());
            List<CustomerTouch> redone = new ArrayList<>();
            String[] redoing = {null};
            sql.each(RAW + " AND c.customer_id = ANY (?) ORDER BY c.customer_id",
                    List.of(tenant, ids, range.lowerBound(), range.upperBound(), readRaw.toArray(String[]::new)),
                    row -> {
                        String id = row.getString("customer_id");
                        if (!id.equals(redoing[0]) && !redone.isEmpty()) {
                            customer.accept(List.copyOf(redone));
                            redone.clear();
                        }
                        redoing[0] = id;
                        redone.add(touch(row));
                    });
            if (!redone.isEmpty()) {
                customer.accept(List.copyOf(redone));
            }
        }
        // those read raw may count events folded after the version: such an event's fold names the customer, so a pass
        // following the changes since meets the customer's touches not adding up, and reads every customer again
        return version[0];
    }

    private static CustomerTouch touch(java.sql.ResultSet row) throws java.sql.SQLException {
        return new CustomerTouch(row.getObject("touchpoint_id", UUID.class), Sql.instant(row, "occurred_at"),
                Sql.instant(row, "last_conversion_at"));
    }
}
