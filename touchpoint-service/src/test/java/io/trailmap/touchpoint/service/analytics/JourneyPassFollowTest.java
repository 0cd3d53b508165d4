package io.trailmap.touchpoint.service.analytics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.trailmap.testsupport.TestTokens;
import io.trailmap.touchpoint.analytics.AttributionModel;
import io.trailmap.touchpoint.analytics.TimeRange;
import io.trailmap.touchpoint.api.AnalyticsSource;
import io.trailmap.touchpoint.ingest.IngestWatermark;
import io.trailmap.touchpoint.service.Sql;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pass follows the changes since the last for kept folds counting up to different versions (one refreshed
 * alone, another later): each takes a changed customer away as they were at its own version, and every result
 * equals the raw computation.
 */
@QuarkusTest
class JourneyPassFollowTest {

    private static final String TENANT = "journey-pass-follow";
    private static final UUID JOURNEY = UUID.randomUUID();
    private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");
    private static final List<String> TOUCHPOINTS = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
            UUID.randomUUID().toString());

    @Inject
    Sql sql;

    @Inject
    KeptFolds folds;

    @Inject
    IngestWatermark watermarks;

    @Inject
    MeterRegistry registry;

    @Test
    void foldsAtDifferentVersionsFollowTheChangesSinceTheirOwn() {
        Random random = new Random(11);
        int[] step = new int[40];
        JourneyPass.Key linear = new AttributionAnalytics.AttributionKey(TENANT, JOURNEY, AttributionModel.LINEAR, Duration.ofDays(30),
                null, null, TimeRange.ALL);
        JourneyPass.Key paths = new PathAnalytics.PathsKey(TENANT, JOURNEY, true, 10, TimeRange.ALL);
        JourneyPass.Key dropOffs = new DropOffAnalytics.DropOffKey(TENANT, JOURNEY, new TimeRange(START.plusSeconds(3600), null), 5);

        deliver(step, random, 40);
        refreshed(List.of(linear));                      // linear at the first delivery's version, read afresh
        deliver(step, random, 15);
        refreshed(List.of(paths, dropOffs));             // these at the second's, read afresh
        deliver(step, random, 15);
        double followed = passes("changed");
        List<Object> results = refreshed(List.of(linear, paths, dropOffs));
        assertThat(passes("changed") - followed).as("one pass of only the changed customers").isEqualTo(1);
        List<JourneyPass.Key> keys = List.of(linear, paths, dropOffs);
        for (int i = 0; i < keys.size(); i++) {
            assertThat(results.get(i)).as("%s", keys.get(i)).isEqualTo(JourneyPass.computed(sql, AnalyticsSource.RAW, keys.get(i)));
        }
    }

    private List<Object> refreshed(List<JourneyPass.Key> keys) {
        return JourneyPass.refreshed(sql, folds, TENANT, JOURNEY, keys, watermarks.of(TENANT).epoch());
    }

    private double passes(String customers) {
        return registry.counter("trailmap.analytics.passes", "customers", customers).count();
    }

    /** One batch: an event for {@code customers} random customers, each one step further and later than their last. */
    private static void deliver(int[] step, Random random, int customers) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            int c = random.nextInt(step.length);
            int s = ++step[c];
            Map<String, Object> event = new HashMap<>();
            event.put("eventId", "e-" + c + "-" + s);
            event.put("customerId", "c" + c);
            event.put("journeyId", JOURNEY.toString());
            event.put("stageKey", "s" + Math.min(4, s));
            event.put("touchpointId", TOUCHPOINTS.get(random.nextInt(TOUCHPOINTS.size())));
            event.put("type", s % 4 == 0 ? "PURCHASE" : random.nextBoolean() ? "ADD_TO_CART" : "VIEW");
            event.put("occurredAt", START.plus(Duration.ofHours(s)).plusSeconds(c).toString());
            batch.add(event);
        }
        String acknowledged = given().header("Authorization", TestTokens.bearer(TENANT, "ingest")).contentType(ContentType.JSON)
                .body(batch).post("/interactions").then().statusCode(202).extract().path("acknowledgedAt");
        given().header("Authorization", TestTokens.bearer(TENANT, "viewer")).queryParam("minDataAsOf", acknowledged)
                .get("/analytics/freshness").then().statusCode(200);
    }
}
