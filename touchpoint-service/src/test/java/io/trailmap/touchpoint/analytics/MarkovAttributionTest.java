package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MarkovAttributionTest {

    private static final UUID A = new UUID(0, 10);
    private static final UUID B = new UUID(0, 11);

    private static CustomerPath path(boolean converted, UUID... touchpoints) {
        List<Touch> touches = new ArrayList<>();
        for (UUID id : touchpoints) {
            touches.add(new Touch(id, id.equals(A) ? "EMAIL" : "WEBSITE", Instant.EPOCH));
        }
        return new CustomerPath(touches, converted);
    }

    /**
     * Paths A→conv, A→B→conv, B→null. P(S→A)=2/3, P(S→B)=1/3, A→conv 1/2, A→B 1/2, B→conv 1/2.
     * P = 2/3·3/4 + 1/3·1/2 = 2/3. Without A: 1/6 (effect 3/4); without B: 1/3 (effect 1/2).
     * Two conversions shared 3:2 → A 1.2, B 0.8.
     */
    @Test
    void removalEffectsByHand() {
        Credits credits = MarkovAttribution.compute(List.of(path(true, A), path(true, A, B), path(false, B)));

        assertThat(credits.conversions()).isEqualTo(2);
        assertThat(credits.byTouchpoint().get(A)).isCloseTo(1.2, within(1e-9));
        assertThat(credits.byTouchpoint().get(B)).isCloseTo(0.8, within(1e-9));
        assertThat(credits.byChannel().get("EMAIL")).isCloseTo(1.2, within(1e-9));
    }

    @Test
    void repeatsCollapseAndNoConversionsMeanNoCredit() {
        Credits repeated = MarkovAttribution.compute(List.of(path(true, A, A, A), path(true, A, B, B), path(false, B, B)));
        assertThat(repeated.byTouchpoint().get(A)).isCloseTo(1.2, within(1e-9));
        assertThat(MarkovAttribution.compute(List.of(path(false, A, B))).byTouchpoint()).isEmpty();
        assertThat(MarkovAttribution.compute(List.of()).conversions()).isZero();
    }

    @Test
    void aSingleTouchpointGetsEveryConversion() {
        Credits credits = MarkovAttribution.compute(List.of(path(true, A), path(false, A), path(true, A)));
        assertThat(credits.byTouchpoint().get(A)).isCloseTo(2.0, within(1e-9));
    }

    /** Property: with at least one conversion, Markov credits sum to the number of converting paths. */
    @RepeatedTest(20)
    void creditsSumToConversions(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<CustomerPath> paths = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int length = 1 + random.nextInt(5);
            UUID[] ids = new UUID[length];
            for (int t = 0; t < length; t++) {
                ids[t] = new UUID(0, random.nextInt(6));
            }
            paths.add(path(random.nextInt(3) == 0, ids));
        }
        Credits credits = MarkovAttribution.compute(paths);
        long conversions = paths.stream().filter(CustomerPath::converted).count();
        assertThat(credits.byTouchpoint().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(conversions, within(1e-6));
    }

    /**
     * The credits depend only on the paths counted: the same paths in another order, or with others added and taken
     * away again, give the same credits to the last bit (a kept chain refreshed customer by customer equals the chain
     * counted afresh); a touchpoint whose every path was taken away is not credited.
     */
    @RepeatedTest(20)
    void pathsTakenAwayAndOrderLeaveTheCreditsExactlyAsCountedAfresh(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<CustomerPath> staying = new ArrayList<>();
        List<CustomerPath> leaving = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int length = 1 + random.nextInt(5);
            UUID[] ids = new UUID[length];
            for (int t = 0; t < length; t++) {
                ids[t] = new UUID(random.nextInt(3), random.nextInt(6));
            }
            (random.nextInt(3) == 0 ? leaving : staying).add(path(random.nextInt(3) == 0, ids));
        }
        leaving.add(path(true, new UUID(9, 9)));   // a touchpoint only the leaving paths know
        MarkovAttribution.Chain chain = new MarkovAttribution.Chain();
        List<CustomerPath> all = new ArrayList<>(leaving);
        all.addAll(staying);
        Collections.shuffle(all, random);
        all.forEach(chain::add);
        leaving.forEach(chain::remove);
        List<CustomerPath> reordered = new ArrayList<>(staying);
        Collections.reverse(reordered);
        Credits afresh = MarkovAttribution.compute(reordered);
        assertThat(chain.credits()).isEqualTo(afresh);
        assertThat(afresh).isEqualTo(MarkovAttribution.compute(staying));
        assertThat(afresh.byTouchpoint()).doesNotContainKey(new UUID(9, 9));
    }

    /** A touchpoint reached through several channels is credited to the one most of its touches came through. */
    @Test
    void aTouchpointsChannelIsTheOneMostOfItsTouchesUse() {
        UUID x = new UUID(0, 1);
        List<CustomerPath> paths = List.of(
                new CustomerPath(List.of(new Touch(x, "EMAIL", Instant.EPOCH)), true),
                new CustomerPath(List.of(new Touch(x, "WEBSITE", Instant.EPOCH)), true),
                new CustomerPath(List.of(new Touch(x, "WEBSITE", Instant.EPOCH)), false));
        assertThat(MarkovAttribution.compute(paths).byChannel()).containsOnlyKeys("WEBSITE");
        assertThat(MarkovAttribution.compute(paths.subList(0, 2)).byChannel()).as("a tie: the first by name").containsOnlyKeys("EMAIL");
    }
}
