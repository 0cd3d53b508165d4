package io.trailmap.touchpoint.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.datagen.JourneyScenario;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funnel read from the rollups that the rollup worker keeps must equal the funnel computed from the
 * raw interactions once its {@code dataAsOf} has passed the last acknowledgement, on generated traffic
 * delivered in random batches, out of order and with retries.
 */
@QuarkusTest
class RollupConsistencyTest {

    private static final String TENANT = "rollup-check";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void rollupFunnelsEqualRawFunnelsOnRandomTraffic() {
        int reachedLastStage = 0;
        int lostOnTheWay = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Api.Traffic traffic = Api.Traffic.generated(seed, 400, START);
            UUID journey = traffic.journey();
            JourneyScenario scenario = traffic.scenario();
            List<Map<String, Object>> events = traffic.events();
            // delivered without waiting; then every answer asks to count up to the last acknowledgement
            Random delivery = new Random(seed);
            Collections.shuffle(events, delivery);
            String lastAcknowledgedAt = Api.deliverInRandomBatchesWithRetries(TENANT, events, delivery, 700);

            Random random = new Random(seed * 31);
            List<String> stages = scenario.stageKeys();
            for (int check = 0; check < 6; check++) {
                Duration window = Duration.ofHours(1 + random.nextInt(24 * 20));
                Instant from = random.nextBoolean() ? null : START.plus(Duration.ofDays(random.nextInt(20)));
                Instant to = random.nextBoolean() ? null : START.plus(Duration.ofDays(25 + random.nextInt(30)));
                String variant = random.nextInt(3) == 0 ? (random.nextBoolean() ? "A" : "B") : null;
                List<String> subset = random.nextBoolean() ? stages : stages.subList(0, 2 + random.nextInt(stages.size() - 1));

                Map<String, Object> query = new java.util.HashMap<>(Map.of("journeyId", journey, "stages", String.join(",", subset),
                        "window", window.toString(), "minDataAsOf", lastAcknowledgedAt));
                if (from != null) {
                    query.put("from", from.toString());
                }
                if (to != null) {
                    query.put("to", to.toString());
                }
                if (variant != null) {
                    query.put("variant", variant);
                }
                var served = Api.as(TENANT, "admin").queryParams(query).get("/analytics/funnel").then().statusCode(200).extract();
                assertThat(Instant.parse(served.path("dataAsOf"))).isAfterOrEqualTo(Instant.parse(lastAcknowledgedAt));
                List<Map<String, Object>> rollup = served.path("stages");
                List<Map<String, Object>> raw = Api.as(TENANT, "admin").queryParams(query).queryParam("source", "RAW")
                        .get("/analytics/funnel").then().statusCode(200).extract().path("stages");

                assertThat(rollup).as("seed %d, window %s, from %s, to %s, variant %s", seed, window, from, to, variant).isEqualTo(raw);
                assertThat((Integer) rollup.getFirst().get("customers")).isPositive();
                reachedLastStage += (Integer) rollup.getLast().get("customers") > 0 ? 1 : 0;
                lostOnTheWay += rollup.stream().mapToInt(step -> (Integer) step.get("dropOff")).sum() > 0 ? 1 : 0;
            }
        }
        // funnels of zeros would agree trivially: most compared funnels must have converted and lost customers
        assertThat(reachedLastStage).as("funnels with customers at their last stage, of 18").isGreaterThanOrEqualTo(9);
        assertThat(lostOnTheWay).as("funnels that lost customers on the way, of 18").isGreaterThanOrEqualTo(9);
    }

    @Test
    void recomputingFromRawInteractionsIsForAdminsOnly() {
        Api.as(TENANT, "viewer").get("/analytics/funnel?journeyId=" + UUID.randomUUID() + "&stages=a&source=RAW")
                .then().statusCode(403);
    }
}
