package io.trailmap.datagen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic interaction traffic: the same seed gives the same events, in the same order.
 * Each customer starts at a random time in the span, performs one to three interactions at each
 * stage they reach, and goes on to the next stage with the stage's probability (plus the uplift
 * when they are in variant B of the scenario's experiment). Events are shuffled, so they arrive
 * out of order as real traffic does.
 */
public final class InteractionGenerator {

    private final Random random;
    private final String runId;

    public InteractionGenerator(long seed) {
        this.random = new Random(seed);
        this.runId = Long.toHexString(seed);
    }

    public List<GeneratedInteraction> generate(JourneyScenario scenario, int customers, Instant start, Duration span) {
        List<GeneratedInteraction> events = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String customerId = "cust-" + runId + "-" + c;
            generateCustomer(scenario, customerId, "evt-" + customerId, start, span, events);
        }
        Collections.shuffle(events, random);
        return events;
    }

    /**
     * Traffic of known customers in one journey; a customer may walk several journeys, so event ids
     * carry the journey ("evt-&lt;journey prefix&gt;-&lt;customer&gt;-&lt;n&gt;").
     */
    public List<GeneratedInteraction> generate(JourneyScenario scenario, List<String> customerIds, Instant start, Duration span) {
        List<GeneratedInteraction> events = new ArrayList<>();
        String journey = scenario.journeyId().toString().substring(0, 8);
        for (String customerId : customerIds) {
            generateCustomer(scenario, customerId, "evt-" + journey + "-" + customerId, start, span, events);
        }
        Collections.shuffle(events, random);
        return events;
    }

    private void generateCustomer(JourneyScenario scenario, String customerId, String eventPrefix, Instant start, Duration span,
                                  List<GeneratedInteraction> out) {
        Instant at = start.plusSeconds((long) (random.nextDouble() * span.toSeconds()));
        String variant = null;
        String session = customerId + "-s" + random.nextInt(1_000_000);
        int eventNumber = 0;
        for (StageSpec stage : scenario.stages()) {
            if (stage.key().equals(scenario.experimentStage())) {
                variant = random.nextBoolean() ? "A" : "B";
            }
            int touches = 1 + random.nextInt(3);
            for (int t = 0; t < touches; t++) {
                TouchpointSpec touchpoint = stage.touchpoints().get(random.nextInt(stage.touchpoints().size()));
                boolean purchase = "PURCHASE".equals(stage.type()) && t == touches - 1;
                String type = purchase || !"PURCHASE".equals(stage.type()) ? stage.type() : "CHECKOUT_STARTED";
                BigDecimal value = purchase
                        ? BigDecimal.valueOf(10 + random.nextDouble() * 190).setScale(2, RoundingMode.HALF_UP) : null;
                out.add(new GeneratedInteraction(eventPrefix + "-" + eventNumber++, customerId, scenario.journeyId(),
                        stage.key(), touchpoint.id(), type, at, touchpoint.channel(),
                        stage.key().equals(scenario.experimentStage()) ? variant : null, value, value == null ? null : "EUR",
                        session));
                at = at.plusSeconds(60 + random.nextInt(6 * 3600));
            }
            double goOn = stage.continueProbability() + ("B".equals(variant) ? scenario.variantUplift() : 0);
            if (random.nextDouble() >= goOn) {
                return;
            }
            at = at.plus(Duration.ofMinutes(10 + random.nextInt(3 * 24 * 60)));
        }
    }
}
