package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DropOffCounterTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    /** Above A and B as PostgreSQL orders uuids (byte by byte), below them as a signed Java comparison would. */
    private static final UUID HIGH = UUID.fromString("f0000000-0000-0000-0000-000000000000");

    private static JourneyEvent at(int minutes, UUID touchpoint, String stage, String type) {
        return new JourneyEvent(touchpoint, "WEBSITE", stage, type, T.plusSeconds(60L * minutes));
    }

    @Test
    void nonConvertersCountAtTheirLastTouchAndBuyersNotAtAll() {
        DropOffCounter counter = new DropOffCounter();
        counter.add(List.of(at(0, A, "browse", "VIEW"), at(5, B, "browse", "VIEW")));      // last at B
        counter.add(List.of(at(0, B, "browse", "VIEW"), at(5, A, "cart", "VIEW")));        // last at A/cart
        counter.add(List.of(at(0, A, "cart", "VIEW")));                                     // last at A/cart
        counter.add(List.of(at(0, A, "browse", "VIEW"), at(9, B, "buy", "PURCHASE")));     // bought: left out
        counter.add(List.of());                                                             // nothing in the range

        DropOffCounter.Counts counts = counter.top(10);

        assertThat(counts.top()).containsExactly(new DropOffCounter.LastTouch(A, "cart", 2), new DropOffCounter.LastTouch(B, "browse", 1));
        assertThat(counts.nonConvertingCustomers()).isEqualTo(3);
        assertThat(counts.lastTouches()).isEqualTo(2);
    }

    @Test
    void theTopKeepsTheLimitWithTiesByTouchpointBytesThenStageAndCountsEveryLastTouch() {
        DropOffCounter counter = new DropOffCounter();
        counter.add(List.of(at(0, HIGH, "browse", "VIEW")));
        counter.add(List.of(at(0, B, "z", "VIEW")));
        counter.add(List.of(at(0, B, "a", "VIEW")));
        counter.add(List.of(at(0, A, "browse", "VIEW")));

        DropOffCounter.Counts counts = counter.top(3);

        assertThat(counts.top()).extracting(t -> t.touchpointId() + "/" + t.stageKey())
                .containsExactly(A + "/browse", B + "/a", B + "/z");
        assertThat(counts.lastTouches()).isEqualTo(4);
        assertThat(counts.nonConvertingCustomers()).isEqualTo(4);
    }

    @Test
    void aCartIsAbandonedUnlessAPurchaseComesAtOrAfterTheLastOne() {
        DropOffCounter counter = new DropOffCounter();
        counter.add(List.of(at(0, A, "cart", "ADD_TO_CART")));                                                  // abandoned
        counter.add(List.of(at(0, A, "cart", "ADD_TO_CART"), at(3, B, "buy", "PURCHASE")));                     // bought after
        counter.add(List.of(at(0, B, "buy", "PURCHASE"), at(3, A, "cart", "CHECKOUT_STARTED")));                // bought before the last: abandoned
        counter.add(List.of(at(3, B, "buy", "PURCHASE"), at(3, A, "cart", "ADD_TO_CART")));                     // same instant: bought
        counter.add(List.of(at(0, A, "browse", "VIEW")));                                                       // no cart

        DropOffCounter.Counts counts = counter.top(10);

        assertThat(counts.carts()).isEqualTo(4);
        assertThat(counts.abandoned()).isEqualTo(2);
    }

    /** Customers taken away after being added (as they were, when their journeys changed since) count as never added. */
    @org.junit.jupiter.api.RepeatedTest(20)
    void customersTakenAwayCountAsNeverAdded(org.junit.jupiter.api.RepetitionInfo repetition) {
        java.util.Random random = new java.util.Random(repetition.getCurrentRepetition());
        String[] types = {"VIEW", "ADD_TO_CART", "CHECKOUT_STARTED", "PURCHASE"};
        List<List<JourneyEvent>> staying = new java.util.ArrayList<>();
        List<List<JourneyEvent>> leaving = new java.util.ArrayList<>();
        for (int c = 0; c < 200; c++) {
            List<JourneyEvent> events = new java.util.ArrayList<>();
            for (int e = 0, n = 1 + random.nextInt(6); e < n; e++) {
                events.add(at(10 * e, new UUID(0, random.nextInt(4)), "s" + random.nextInt(3), types[random.nextInt(types.length)]));
            }
            (random.nextInt(3) == 0 ? leaving : staying).add(events);
        }
        leaving.add(List.of(at(0, new UUID(9, 9), "only-leaving", "VIEW")));
        DropOffCounter kept = new DropOffCounter();
        staying.forEach(kept::add);
        leaving.forEach(kept::add);
        leaving.forEach(kept::remove);
        DropOffCounter afresh = new DropOffCounter();
        staying.forEach(afresh::add);
        assertThat(kept.top(3)).isEqualTo(afresh.top(3));
        assertThat(kept.top(100)).as("a last touch only the leaving had is not counted").isEqualTo(afresh.top(100));
    }
}
