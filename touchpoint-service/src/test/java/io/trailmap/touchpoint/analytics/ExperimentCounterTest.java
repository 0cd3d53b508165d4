package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ExperimentCounterTest {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
    private static final UUID TP = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static JourneyEvent event(int hour, String stage, String type, String variant) {
        return new JourneyEvent(TP, "WEBSITE", stage, type, T.plusSeconds(3600L * hour), variant);
    }

    @Test
    void eachCustomerTakesPartWithTheFirstVariantAtTheStageAndConvertsAtOrAfterTheirFirstTimeThere() {
        ExperimentCounter counter = new ExperimentCounter("try", null);
        // A, converted after
        counter.add(List.of(event(0, "see", "VIEW", null), event(1, "try", "VIEW", "A"), event(3, "buy", "PURCHASE", null)));
        // A, converted at the same time as their first time at the stage (that event carries no variant; a later one does)
        counter.add(List.of(event(2, "try", "PURCHASE", null), event(4, "try", "VIEW", "A"), event(5, "try", "VIEW", "B")));
        // B, a PURCHASE only before their first time at the stage: not converted
        counter.add(List.of(event(0, "buy", "PURCHASE", null), event(1, "try", "VIEW", "B")));
        // no variant at the stage (a variant elsewhere does not count): not taking part
        counter.add(List.of(event(0, "see", "VIEW", "A"), event(1, "try", "VIEW", null), event(2, "buy", "PURCHASE", null)));

        assertThat(counter.counts()).containsExactly(new ExperimentStats.VariantCount("A", 2, 2), new ExperimentStats.VariantCount("B", 1, 0));
    }

    @Test
    void aConversionStageConvertsInsteadOfAPurchase() {
        ExperimentCounter counter = new ExperimentCounter("try", "buy");
        counter.add(List.of(event(1, "try", "VIEW", "A"), event(2, "buy", "VIEW", null)));
        counter.add(List.of(event(1, "try", "VIEW", "A"), event(2, "see", "PURCHASE", null)));
        assertThat(counter.counts()).containsExactly(new ExperimentStats.VariantCount("A", 2, 1));
    }

    /** Customers added in any order and some taken away again: the counts of those left, counted afresh. */
    @Test
    void takingCustomersAwayLeavesWhatCountingTheOthersAfreshGives() {
        Random random = new Random(3);
        String[] stages = {"see", "try", "buy"};
        String[] variants = {null, "A", "B", "control"};
        for (int run = 0; run < 200; run++) {
            List<List<JourneyEvent>> customers = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(30); c++) {
                List<JourneyEvent> events = new ArrayList<>();
                for (int e = 0, n = 1 + random.nextInt(6); e < n; e++) {
                    events.add(event(e, stages[random.nextInt(3)], random.nextInt(4) == 0 ? "PURCHASE" : "VIEW",
                            variants[random.nextInt(variants.length)]));
                }
                customers.add(events);
            }
            String conversion = random.nextBoolean() ? null : "buy";
            ExperimentCounter kept = new ExperimentCounter("try", conversion);
            customers.forEach(kept::add);
            Collections.shuffle(customers, random);
            List<List<JourneyEvent>> left = customers.subList(customers.size() / 2, customers.size());
            customers.subList(0, customers.size() / 2).forEach(kept::remove);
            ExperimentCounter afresh = new ExperimentCounter("try", conversion);
            left.forEach(afresh::add);
            assertThat(kept.counts()).as("run %d", run).isEqualTo(afresh.counts());
        }
    }
}
