package io.trailmap.datagen;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class InteractionGeneratorTest {

    private static final UUID JOURNEY = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theSameSeedGivesTheSameEvents() {
        List<GeneratedInteraction> a = new InteractionGenerator(7).generate(JourneyScenario.ecommerce(JOURNEY), 200, START, Duration.ofDays(30));
        List<GeneratedInteraction> b = new InteractionGenerator(7).generate(JourneyScenario.ecommerce(JOURNEY), 200, START, Duration.ofDays(30));
        List<GeneratedInteraction> c = new InteractionGenerator(8).generate(JourneyScenario.ecommerce(JOURNEY), 200, START, Duration.ofDays(30));

        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void customersDropOffAlongTheStagesAndEventIdsAreUnique() {
        List<GeneratedInteraction> events = new InteractionGenerator(1).generate(JourneyScenario.ecommerce(JOURNEY), 2_000, START, Duration.ofDays(60));
        Map<String, Long> customersPerStage = events.stream()
                .collect(Collectors.groupingBy(GeneratedInteraction::stageKey,
                        Collectors.collectingAndThen(Collectors.mapping(GeneratedInteraction::customerId, Collectors.toSet()), s -> (long) s.size())));

        assertThat(customersPerStage.get("awareness")).isEqualTo(2_000);
        assertThat(customersPerStage.get("consideration")).isBetween(900L, 1_300L);
        assertThat(customersPerStage.get("conversion")).isLessThan(customersPerStage.get("decision"));
        assertThat(events.stream().map(GeneratedInteraction::eventId).distinct().count()).isEqualTo(events.size());
        assertThat(events.stream().filter(e -> e.type().equals("CHECKOUT_STARTED")).count()).isPositive();
        assertThat(events).allMatch(e -> !e.occurredAt().isBefore(START));
    }

    @Test
    void variantBOfTheExperimentGoesOnMoreOften() {
        List<GeneratedInteraction> events = new InteractionGenerator(3).generate(JourneyScenario.ecommerce(JOURNEY), 4_000, START, Duration.ofDays(30));
        Map<String, Long> deciders = events.stream().filter(e -> e.stageKey().equals("decision"))
                .collect(Collectors.groupingBy(GeneratedInteraction::variant,
                        Collectors.collectingAndThen(Collectors.mapping(GeneratedInteraction::customerId, Collectors.toSet()), s -> (long) s.size())));
        Map<String, String> variantOf = events.stream().filter(e -> e.variant() != null)
                .collect(Collectors.toMap(GeneratedInteraction::customerId, GeneratedInteraction::variant, (x, y) -> x));
        Map<String, Long> buyers = events.stream().filter(e -> e.type().equals("PURCHASE"))
                .map(e -> variantOf.get(e.customerId())).collect(Collectors.groupingBy(v -> v, Collectors.counting()));

        double rateA = (double) buyers.get("A") / deciders.get("A");
        double rateB = (double) buyers.get("B") / deciders.get("B");
        assertThat(rateB).isGreaterThan(rateA);
    }
}
