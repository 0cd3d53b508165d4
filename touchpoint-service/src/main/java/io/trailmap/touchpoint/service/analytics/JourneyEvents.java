package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.service.Sql;
import org.jboss.logging.Logger;

import java.util.ArrayList;
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
                   i.stage_key, i.type, i.occurred_at
            FROM interactions i LEFT JOIN touchpoints tp ON tp.id = i.touchpoint_id AND tp.tenant_id = i.tenant_id
            WHERE i.tenant_id = ? AND i.journey_id = ? AND i.occurred_at >= ? AND i.occurred_at < ?""";
    private static final String RAW_ORDER = " ORDER BY i.customer_id, i.occurred_at, i.event_id";

    private JourneyEvents() {
    }

    static void forEachCustomer(Sql sql, AnalyticsSource source, String tenant, UUID journeyId, TimeRange range,
                                Consumer<List<JourneyEvent>> customer) {
        if (source == AnalyticsSource.RAW) {
            raw(sql, RAW + RAW_ORDER, List.of(tenant, journeyId, range.lowerBound(), range.upperBound()),
                    (id, events) -> customer.accept(events));
        } else {
            kept(sql, tenant, journeyId, range, customer);
        }
    }

    /**
     * From the kept touches (rebuilt in the query where they are not known in order, see
     * {@link TouchBytes#KEPT_OR_REBUILT}), so the customers come in the raw read's order. Those whose touches
     * do not add up to their interactions (folded by a version before the touches were kept) are read raw after.
     */
    private static void kept(Sql sql, String tenant, UUID journeyId, TimeRange range, Consumer<List<JourneyEvent>> customer) {
        Map<UUID, String> channels = new HashMap<>();
        sql.each("SELECT id, channel FROM touchpoints WHERE tenant_id = ?", List.of(tenant),
                row -> channels.put(row.getObject("id", UUID.class), row.getString("channel")));
        List<String> miscounted = new ArrayList<>();
        sql.each("SELECT c.customer_id, c.interactions, " + TouchBytes.KEPT_OR_REBUILT
                        + " FROM customer_journeys c WHERE c.tenant_id = ? AND c.journey_id = ? ORDER BY c.customer_id",
                List.of(tenant, journeyId),
                row -> {
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
                    row.getString("stage_key"), row.getString("type"), Sql.instant(row, "occurred_at")));
        });
        if (current[0] != null) {
            customer.accept(currentId[0], current[0]);
        }
    }
}
