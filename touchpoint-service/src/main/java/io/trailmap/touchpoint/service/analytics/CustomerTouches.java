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

    private CustomerTouches() {
    }

    static void forEachCustomer(Sql sql, String tenant, Collection<UUID> touchpoints, TimeRange range,
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
        sql.each("SELECT c.customer_id, c.interactions, c.last_conversion_at, " + TouchBytes.KEPT_OR_REBUILT
                        + " FROM customer_journeys c WHERE c.tenant_id = ? ORDER BY c.customer_id", List.of(tenant),
                row -> {
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
    }

    private static CustomerTouch touch(java.sql.ResultSet row) throws java.sql.SQLException {
        return new CustomerTouch(row.getObject("touchpoint_id", UUID.class), Sql.instant(row, "occurred_at"),
                Sql.instant(row, "last_conversion_at"));
    }
}
