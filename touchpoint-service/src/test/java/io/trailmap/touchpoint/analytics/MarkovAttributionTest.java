package io.trailmap.touchpoint.analytics;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
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
}
