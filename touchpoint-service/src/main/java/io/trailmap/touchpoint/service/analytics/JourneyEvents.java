package io.trailmap.touchpoint.service.analytics;

import io.trailmap.touchpoint.analytics.Conversion;
import io.trailmap.touchpoint.analytics.ConversionFinder;
import io.trailmap.touchpoint.analytics.CustomerPath;
import io.trailmap.touchpoint.analytics.JourneyEvent;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.service.Sql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Streams a journey's interactions customer by customer, in time order: one indexed read whose cost
 * grows with the journey's events, whatever the statistics say. The channel is the interaction's
 * own, else its catalogue touchpoint's, else OTHER.
 */
final class JourneyEvents {

    private JourneyEvents() {
    }

    /** Conversions in {@code range} with their touches; touches may precede its start by up to the lookback. */
    static List<Conversion> conversions(Sql sql, String tenant, UUID journeyId, String conversionStage, Duration lookback,
                                        TimeRange range) {
        List<Conversion> conversions = new ArrayList<>();
        forEachCustomer(sql, tenant, journeyId, range.startingEarlier(lookback),
                events -> conversions.addAll(ConversionFinder.conversions(events, conversionStage, lookback, range)));
        return conversions;
    }

    /** Every customer's path in the journey: up to the first PURCHASE when they converted, all of it otherwise. */
    static List<CustomerPath> paths(Sql sql, String tenant, UUID journeyId, TimeRange range) {
        List<CustomerPath> paths = new ArrayList<>();
        forEachCustomer(sql, tenant, journeyId, range, events -> paths.add(ConversionFinder.path(events)));
        return paths;
    }

    static void forEachCustomer(Sql sql, String tenant, UUID journeyId, TimeRange range, Consumer<List<JourneyEvent>> customer) {
        List<JourneyEvent>[] current = new List[]{null};
        String[] currentId = {null};
        sql.each("""
                        SELECT i.customer_id, i.touchpoint_id, coalesce(i.channel, tp.channel, 'OTHER') AS channel,
                               i.stage_key, i.type, i.occurred_at
                        FROM interactions i LEFT JOIN touchpoints tp ON tp.id = i.touchpoint_id AND tp.tenant_id = i.tenant_id
                        WHERE i.tenant_id = ? AND i.journey_id = ? AND i.occurred_at >= ? AND i.occurred_at < ?
                        ORDER BY i.customer_id, i.occurred_at, i.event_id""",
                List.of(tenant, journeyId, range.lowerBound(), range.upperBound()),
                row -> {
                    String id = row.getString("customer_id");
                    if (!id.equals(currentId[0])) {
                        if (current[0] != null) {
                            customer.accept(current[0]);
                        }
                        currentId[0] = id;
                        current[0] = new ArrayList<>();
                    }
                    current[0].add(new JourneyEvent(row.getObject("touchpoint_id", UUID.class), row.getString("channel"),
                            row.getString("stage_key"), row.getString("type"), Sql.instant(row, "occurred_at")));
                });
        if (current[0] != null) {
            customer.accept(current[0]);
        }
    }
}
