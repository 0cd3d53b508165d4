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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pass follows the changes since the last for kept folds counting up to different versions (one refreshed
 * alone, another later): each takes a changed customer away as they were at its own version, and every result
 * equals the raw computation — also after late events (older than a customer's last), whose touches the fold logs.
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
        assertEqualToRaw(keys, results);

        deliverLate(step, random, 15);                   // older than the customers' last events: not appended
        followed = passes("changed");
        double afresh = passes("all");
        results = refreshed(keys);
        assertThat(passes("changed") - followed).as("late events followed: the folds logged the touches they added").isEqualTo(1);
        assertThat(passes("all") - afresh).as("no pass over every customer").isZero();
        assertEqualToRaw(keys, results);
    }

    private void assertEqualToRaw(List<JourneyPass.Key> keys, List<Object> results) {
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
            batch.add(event(c, s, "e-" + c + "-" + s, START.plus(Duration.ofHours(s)).plusSeconds(c), random));
        }
        post(batch);
    }

    /**
     * One batch: an event for up to {@code customers} random customers who have two or more, half an hour before their
     * last (one each: two unlike touches of one time would leave it open which a fold added).
     */
    private static void deliverLate(int[] step, Random random, int customers) {
        List<Map<String, Object>> batch = new ArrayList<>();
        Set<Integer> chosen = new HashSet<>();
        for (int i = 0; i < customers; i++) {
            int c = random.nextInt(step.length);
            if (step[c] >= 2 && chosen.add(c)) {
                batch.add(event(c, step[c], "late-" + c + "-" + i, START.plus(Duration.ofHours(step[c])).minusSeconds(1800), random));
            }
        }
        assertThat(batch).as("some customers had two or more events").isNotEmpty();
        post(batch);
    }

    private static Map<String, Object> event(int c, int s, String eventId, Instant at, Random random) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventId", eventId);
        event.put("customerId", "c" + c);
        event.put("journeyId", JOURNEY.toString());
        event.put("stageKey", "s" + Math.min(4, s));
        event.put("touchpointId", TOUCHPOINTS.get(random.nextInt(TOUCHPOINTS.size())));
        event.put("type", s % 4 == 0 ? "PURCHASE" : random.nextBoolean() ? "ADD_TO_CART" : "VIEW");
        event.put("occurredAt", at.toString());
        return event;
    }

    private static void post(List<Map<String, Object>> batch) {
        String acknowledged = given().header("Authorization", TestTokens.bearer(TENANT, "ingest")).contentType(ContentType.JSON)
                .body(batch).post("/interactions").then().statusCode(202).extract().path("acknowledgedAt");
        given().header("Authorization", TestTokens.bearer(TENANT, "viewer")).queryParam("minDataAsOf", acknowledged)
                .get("/analytics/freshness").then().statusCode(200);
    }
}
