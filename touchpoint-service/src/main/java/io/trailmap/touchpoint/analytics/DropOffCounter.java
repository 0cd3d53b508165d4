package io.trailmap.touchpoint.analytics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where customers stop, counted customer by customer from their events in a range (oldest first): the
 * customers without a PURCHASE there grouped by their last touch (touchpoint and stage), and carts — a
 * customer's last ADD_TO_CART or CHECKOUT_STARTED there — abandoned when no PURCHASE in the range comes at
 * or after it.
 */
public final class DropOffCounter {

    private static final Comparator<UUID> UUID_BYTES = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /** The customers whose last touch in the range was this touchpoint at this stage. */
    public record LastTouch(UUID touchpointId, String stageKey, long customers) {
    }

    /**
     * The top last touches (most customers first, then by touchpoint id as PostgreSQL orders uuids, then stage
     * key), the customers they are shares of, how many last touches there are in all, carts and those abandoned.
     */
    public record Counts(List<LastTouch> top, long nonConvertingCustomers, int lastTouches, long carts, long abandoned) {
    }

    private record Place(UUID touchpointId, String stageKey) {
    }

    private final Map<Place, Long> lastTouches = new HashMap<>();
    private long nonConverting;
    private long carts;
    private long abandoned;

    /** One customer's events in the range, oldest first (ties in the order the raw events are read). */
    public void add(List<JourneyEvent> events) {
        count(events, 1);
    }

    /** Takes away a customer's events added before (the customer as they were, when their journey has changed since). */
    public void remove(List<JourneyEvent> events) {
        count(events, -1);
    }

    private void count(List<JourneyEvent> events, int sign) {
        if (events.isEmpty()) {
            return;
        }
        Integer cart = null;
        boolean purchased = false;
        for (int i = 0; i < events.size(); i++) {
            String type = events.get(i).type();
            purchased |= "PURCHASE".equals(type);
            if ("ADD_TO_CART".equals(type) || "CHECKOUT_STARTED".equals(type)) {
                cart = i;
            }
        }
        if (!purchased) {
            JourneyEvent last = events.getLast();
            lastTouches.merge(new Place(last.touchpointId(), last.stageKey()), (long) sign,
                    (before, change) -> before + change == 0 ? null : before + change);
            nonConverting += sign;
        }
        if (cart != null) {
            carts += sign;
            java.time.Instant cartAt = events.get(cart).at();
            if (events.stream().noneMatch(e -> e.isPurchase() && !e.at().isBefore(cartAt))) {
                abandoned += sign;
            }
        }
    }

    public Counts top(int limit) {
        List<LastTouch> top = lastTouches.entrySet().stream()
                .map(e -> new LastTouch(e.getKey().touchpointId(), e.getKey().stageKey(), e.getValue()))
                .sorted(Comparator.comparingLong(LastTouch::customers).reversed()
                        .thenComparing(LastTouch::touchpointId, UUID_BYTES)
                        .thenComparing(LastTouch::stageKey))
                .limit(limit)
                .toList();
        return new Counts(top, nonConverting, lastTouches.size(), carts, abandoned);
    }
}
