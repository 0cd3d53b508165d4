package io.trailmap.touchpoint.service;

import io.trailmap.touchpoint.analytics.JourneyEvent;

import java.time.Instant;
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

    static void forEachCustomer(Sql sql, String tenant, UUID journeyId, Instant notBefore, Instant before,
                                Consumer<List<JourneyEvent>> customer) {
        List<JourneyEvent>[] current = new List[]{null};
        String[] currentId = {null};
        sql.each("""
                        SELECT i.customer_id, i.touchpoint_id, coalesce(i.channel, tp.channel, 'OTHER') AS channel,
                               i.stage_key, i.type, i.occurred_at
                        FROM interactions i LEFT JOIN touchpoints tp ON tp.id = i.touchpoint_id AND tp.tenant_id = i.tenant_id
                        WHERE i.tenant_id = ? AND i.journey_id = ? AND i.occurred_at >= ? AND i.occurred_at < ?
                        ORDER BY i.customer_id, i.occurred_at, i.event_id""",
                List.of(tenant, journeyId, notBefore == null ? Instant.parse("0001-01-01T00:00:00Z") : notBefore,
                        before == null ? Instant.parse("9999-12-31T00:00:00Z") : before),
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
