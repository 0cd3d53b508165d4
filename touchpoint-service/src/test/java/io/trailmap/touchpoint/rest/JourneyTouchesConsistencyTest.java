package io.trailmap.touchpoint.rest;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.datagen.JourneyScenario;
import jakarta.inject.Inject;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attribution (all six models, lookback, half-life, conversion stage, range), paths (both outcomes),
 * drop-offs, experiments (both conversions) and touchpoint metrics served from the touches kept per customer and journey equal the raw computations once counted, on
 * generated traffic: delivered in time order (touches appended), shuffled (late events: those customers'
 * touches rebuilt by the fold), with retries, with some customers' touches forgotten (rebuilt as they are read), and with some customers' touches left short as a version before them would leave
 * them (read raw, whatever they say).
 */
@QuarkusTest
class JourneyTouchesConsistencyTest {

    private static final String TENANT = "touches-check";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> MODELS = List.of("FIRST_TOUCH", "LAST_TOUCH", "LINEAR", "TIME_DECAY", "POSITION_BASED", "MARKOV");
    private static final RecursiveComparisonConfiguration CREDITS_TO_1E_9 = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(Comparator.comparingDouble((Double d) -> Math.round(d * 1e9)), Double.class).build();

    @Inject
    AgroalDataSource db;

    @Inject
    MeterRegistry registry;

    /** Passes over the customers for kept analytics so far that read only those changed since the last ({@code changed}), or all. */
    private double passes(String customers) {
        return registry.counter("trailmap.analytics.passes", "customers", customers).count();
    }

    @Test
    void attributionAndPathsFromKeptTouchesEqualTheRawOnes() throws Exception {
        int withConversions = 0;
        int withPaths = 0;
        int withDropOffs = 0;
        long withMetrics = 0;
        int withExperiments = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Api.Traffic traffic = Api.Traffic.generated(seed, 300, START);
            UUID journey = traffic.journey();
            JourneyScenario scenario = traffic.scenario();
            List<Map<String, Object>> events = traffic.events();
            List<String> touchpoints = inTheCatalogue(events);
            Random random = new Random(seed);
            // seed 1 in time order, seed 2 shuffled, seed 3 mostly in order with every 10th event late, seed 4 in time order
            if (seed != 2) {
                events.sort(Comparator.comparing(e -> (String) e.get("occurredAt")));
            } else {
                Collections.shuffle(events, random);
            }
            if (seed == 3) {
                for (int i = 0; i + 10 < events.size(); i += 10) {
                    Collections.swap(events, i, i + 10);
                }
            }
            // a tenth held back: delivered after the first checks, so that they are answered again from one pass —
            // the last tenth, or for seed 3 every tenth event (late when delivered: older than their customers' last)
            List<Map<String, Object>> later = new ArrayList<>();
            if (seed == 3) {
                List<Map<String, Object>> rest = new ArrayList<>();
                for (int i = 0; i < events.size(); i++) {
                    (i % 10 == 5 ? later : rest).add(events.get(i));
                }
                events = rest;
            } else {
                later.addAll(events.subList(events.size() - events.size() / 10, events.size()));
                events = new ArrayList<>(events.subList(0, events.size() - later.size()));
            }
            String acknowledged = Api.deliverInRandomBatchesWithRetries(TENANT, events, random, 300);
            Api.awaitCounted(TENANT, acknowledged);
            double[] kept = keptShare(journey);
            assertThat(kept[0]).as("every customer's touches kept: appended in order, or rebuilt by the fold after a late event")
                    .isEqualTo(kept[1]);
            assertThat(touchesUnlikeTheRawOnes(journey)).as("customers whose kept touches differ from their raw events").isZero();
            if (seed == 1) {
                leaveSomeTouchesShort(journey);
            } else if (seed == 2) {
                forgetSomeTouches(journey);
            }

            List<String> stages = scenario.stageKeys();
            List<Map.Entry<String, Map<String, Object>>> journeyChecks = new ArrayList<>();
            List<Map<String, Object>> metricChecks = new ArrayList<>();
            for (int check = 0; check < 8; check++) {
                Map<String, Object> query = new HashMap<>(Map.of("journeyId", journey, "minDataAsOf", acknowledged));
                randomRange(random, query);
                query.put("model", MODELS.get(check % MODELS.size()));
                if (random.nextBoolean()) {
                    query.put("lookback", Duration.ofHours(1 + random.nextInt(24 * 30)).toString());
                }
                if (random.nextBoolean()) {
                    query.put("halfLife", Duration.ofHours(1 + random.nextInt(24 * 10)).toString());
                }
                if (random.nextInt(3) == 0) {
                    query.put("conversionStage", stages.get(1 + random.nextInt(stages.size() - 1)));
                }
                Map<String, Object> served = servedEqualsRaw("/analytics/attribution", query, seed);
                journeyChecks.add(Map.entry("/analytics/attribution", query));
                withConversions += (Integer) served.get("conversions") > 0 ? 1 : 0;
            }
            for (String outcome : List.of("CONVERTED", "ABANDONED")) {
                Map<String, Object> query = new HashMap<>(Map.of("journeyId", journey, "minDataAsOf", acknowledged, "outcome", outcome,
                        "limit", 1 + random.nextInt(20)));
                randomRange(random, query);
                Map<String, Object> served = servedEqualsRaw("/analytics/paths", query, seed);
                journeyChecks.add(Map.entry("/analytics/paths", query));
                withPaths += (Integer) served.get("customers") > 0 ? 1 : 0;
            }
            for (int check = 0; check < 3; check++) {
                Map<String, Object> query = new HashMap<>(Map.of("journeyId", journey, "minDataAsOf", acknowledged,
                        "stages", String.join(",", stages), "limit", 1 + random.nextInt(5)));
                randomRange(random, query);
                Map<String, Object> served = servedEqualsRaw("/analytics/dropoffs", query, seed);
                journeyChecks.add(Map.entry("/analytics/dropoffs", query));
                withDropOffs += ((Number) served.get("nonConvertingCustomers")).longValue() > 0
                        && ((Number) ((Map<?, ?>) served.get("cart")).get("carts")).longValue() > 0 ? 1 : 0;
            }
            for (String conversion : new String[]{null, stages.getLast()}) {
                Map<String, Object> query = new HashMap<>(Map.of("journeyId", journey, "minDataAsOf", acknowledged,
                        "stageKey", scenario.experimentStage()));
                if (conversion != null) {
                    query.put("conversionStage", conversion);
                }
                Map<String, Object> served = servedEqualsRaw("/analytics/experiments", query, seed);
                journeyChecks.add(Map.entry("/analytics/experiments", query));
                withExperiments += ((List<?>) served.get("variants")).size() == 2 ? 1 : 0;
            }
            for (int check = 0; check < 3; check++) {
                Map<String, Object> body = new HashMap<>(Map.of("touchpointIds", touchpoints));
                Map<String, Object> range = new HashMap<>();
                randomRange(random, range);
                body.putAll(range);
                Map<String, Object> served = metricsEqualRaw(body, acknowledged, seed);
                List<Map<String, Object>> all = (List<Map<String, Object>>) served.get("metrics");
                withMetrics += all.stream().filter(m -> ((Number) m.get("conversions")).longValue() > 0
                        && ((List<?>) m.get("trend")).size() > 1).count();
                // and a part of them over the same range: computed with the whole set when behind (one pass, the union)
                Map<String, Object> part = new HashMap<>(body);
                part.put("touchpointIds", touchpoints.subList(0, 1 + random.nextInt(touchpoints.size() - 1)));
                metricsEqualRaw(part, acknowledged, seed);
                metricChecks.add(body);
                metricChecks.add(part);
            }

            // the held-back tenth counted: the first call behind computes every one of these asked before in one pass
            // of the journey's customers (KeptResults' groups), each with its own range, lookback and parameters —
            // seeds 3 and 4 in one batch (one fold; seed 4's touches appended in order, seed 3's late ones logged by
            // the fold): from the folds of the first checks and only the customers changed since; seed 4 then, with the
            // log of the folds since gone (as pruned), from every customer again
            boolean followed = seed >= 3;
            List<List<Map<String, Object>>> deliveries = seed == 4
                    ? List.of(later.subList(0, later.size() / 2), later.subList(later.size() / 2, later.size()))
                    : List.of(later);
            for (int delivery = 0; delivery < deliveries.size(); delivery++) {
                String again = followed
                        ? Api.post(TENANT, deliveries.get(delivery))
                        : Api.deliverInRandomBatchesWithRetries(TENANT, deliveries.get(delivery), random, 300);
                Api.awaitCounted(TENANT, again);
                if (seed == 3) {
                    assertThat(lateTouchesLogged()).as("the fold of the late events logged their touches").isPositive();
                }
                boolean logGone = seed == 4 && delivery == 1;
                if (logGone) {
                    forgetTheFoldLog();
                }
                double changedBefore = passes("changed");
                double allBefore = passes("all");
                for (Map.Entry<String, Map<String, Object>> check : journeyChecks) {
                    Map<String, Object> query = new HashMap<>(check.getValue());
                    query.put("minDataAsOf", again);
                    servedEqualsRaw(check.getKey(), query, seed);
                }
                if (followed) {
                    assertThat(passes("changed") - changedBefore).as("passes of only the changed customers, delivery %d", delivery)
                            .isEqualTo(logGone ? 0 : 1);
                    assertThat(passes("all") - allBefore).as("passes of every customer, delivery %d", delivery)
                            .isEqualTo(logGone ? 1 : 0);
                }
                changedBefore = passes("changed");
                allBefore = passes("all");
                for (Map<String, Object> body : metricChecks) {
                    metricsEqualRaw(body, again, seed);
                }
                if (followed) {   // a pass per range: the sets of one range together
                    long ranges = metricChecks.stream().map(body -> List.of(String.valueOf(body.get("from")), String.valueOf(body.get("to"))))
                            .distinct().count();
                    assertThat(passes(logGone ? "all" : "changed") - (logGone ? allBefore : changedBefore))
                            .as("metrics passes of %s customers, delivery %d", logGone ? "all" : "only the changed", delivery)
                            .isEqualTo(ranges);
                    assertThat(passes(logGone ? "changed" : "all") - (logGone ? changedBefore : allBefore)).isZero();
                }
            }
        }
        // answers of zeros would agree trivially
        assertThat(withConversions).as("attributions with conversions, of 32").isGreaterThanOrEqualTo(21);
        assertThat(withPaths).as("path rankings with customers, of 8").isGreaterThanOrEqualTo(5);
        assertThat(withDropOffs).as("drop-offs with non-converters and carts, of 12").isGreaterThanOrEqualTo(7);
        assertThat(withMetrics).as("touchpoint metrics with conversions over several days").isGreaterThanOrEqualTo(10);
        assertThat(withExperiments).as("experiments with both variants, of 8").isEqualTo(8);
    }

    @Test
    void anUnknownSourceIsABadRequestNamingIt() {
        Api.as(TENANT, "admin").body(Map.of("touchpointIds", List.of(UUID.randomUUID()))).queryParam("source", "CACHE")
                .post("/analytics/touchpoints").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("source"));
        for (String path : List.of("/analytics/attribution", "/analytics/paths", "/analytics/dropoffs?stages=a",
                "/analytics/experiments?stageKey=a", "/analytics/touchpoints/" + UUID.randomUUID())) {
            Api.as(TENANT, "admin").get(path + (path.contains("?") ? "&" : "?") + "journeyId=" + UUID.randomUUID() + "&source=CACHE")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("source"));
        }
    }

    @Test
    void recomputingFromRawInteractionsIsForAdminsOnly() {
        Api.as(TENANT, "viewer").body(Map.of("touchpointIds", List.of(UUID.randomUUID()))).queryParam("source", "RAW")
                .post("/analytics/touchpoints").then().statusCode(403);
        Api.as(TENANT, "viewer").get("/analytics/touchpoints/" + UUID.randomUUID() + "?source=RAW").then().statusCode(403);
        for (String path : List.of("/analytics/attribution", "/analytics/paths", "/analytics/dropoffs?stages=a",
                "/analytics/experiments?stageKey=a")) {
            Api.as(TENANT, "viewer").get(path + (path.contains("?") ? "&" : "?") + "journeyId=" + UUID.randomUUID() + "&source=RAW")
                    .then().statusCode(403);
        }
    }

    private static void randomRange(Random random, Map<String, Object> query) {
        if (random.nextBoolean()) {
            query.put("from", START.plus(Duration.ofHours(random.nextInt(24 * 20))).toString());
        }
        if (random.nextBoolean()) {
            query.put("to", START.plus(Duration.ofHours(24 * 25 + random.nextInt(24 * 30))).toString());
        }
    }

    /** Each touchpoint of the generated events as an entry of the catalogue (metrics answer for those only), the events moved onto it. */
    private static List<String> inTheCatalogue(List<Map<String, Object>> events) {
        Map<Object, String> created = new HashMap<>();
        for (Map<String, Object> event : events) {
            String id = created.computeIfAbsent(event.get("touchpointId"), generated -> Api.createTouchpoint(TENANT,
                    Api.touchpoint("Touchpoint " + generated, "WEBSITE", "MOFU")));
            event.put("touchpointId", id);
            event.remove("channel");   // and its channel the catalogue's
        }
        return List.copyOf(created.values());
    }

    private static Map<String, Object> metricsEqualRaw(Map<String, Object> body, String acknowledged, long seed) {
        Map<String, Object> served = metrics(body, acknowledged, null);
        assertThat(served).as("seed %d, %s", seed, body).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*dataAsOf")
                .isEqualTo(metrics(body, acknowledged, "RAW"));
        return served;
    }

    private static Map<String, Object> metrics(Map<String, Object> body, String acknowledged, String source) {
        var request = Api.as(TENANT, "admin").queryParam("minDataAsOf", acknowledged).body(body);
        if (source != null) {
            request = request.queryParam("source", source);
        }
        return request.post("/analytics/touchpoints").then().statusCode(200).extract().as(Map.class);
    }

    /** The served answer, once asserted equal to the raw one. */
    private static Map<String, Object> servedEqualsRaw(String path, Map<String, Object> query, long seed) {
        Map<String, Object> served = answer(path, query, null);
        assertThat(served).as("seed %d, %s %s", seed, path, query).usingRecursiveComparison(CREDITS_TO_1E_9)
                .ignoringFields("dataAsOf").isEqualTo(answer(path, query, "RAW"));
        return served;
    }

    private static Map<String, Object> answer(String path, Map<String, Object> query, String source) {
        var request = Api.as(TENANT, "admin").queryParams(query);
        if (source != null) {
            request = request.queryParam("source", source);
        }
        return request.get(path).then().statusCode(200).extract().as(Map.class);
    }

    /** The log of which customers the folds changed, gone: as pruned after trailmap.analytics.fold-log. */
    private void forgetTheFoldLog() throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement forget = connection.prepareStatement(
                "DELETE FROM rollup_folds WHERE tenant_id = ?")) {
            forget.setString(1, TENANT);
            assertThat(forget.executeUpdate()).as("folds logged").isPositive();
        }
    }

    /** Customer journeys whose touches a fold logged as late (not appended after their last), in every fold logged. */
    private long lateTouchesLogged() throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement count = connection.prepareStatement(
                "SELECT count(l) FROM rollup_folds f CROSS JOIN LATERAL unnest(f.late) AS l WHERE f.tenant_id = ?")) {
            count.setString(1, TENANT);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Customers of the journey whose touches are kept in order, and all its customers. */
    private double[] keptShare(UUID journey) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement count = connection.prepareStatement(
                "SELECT count(touches), count(*) FROM customer_journeys WHERE tenant_id = ? AND journey_id = ?")) {
            count.setString(1, TENANT);
            count.setObject(2, journey);
            try (var rows = count.executeQuery()) {
                rows.next();
                return new double[]{rows.getLong(1), rows.getLong(2)};
            }
        }
    }

    /** Customers whose kept touches are not those their counted raw events give (in order, in bytes). */
    private long touchesUnlikeTheRawOnes(UUID journey) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement count = connection.prepareStatement("""
                SELECT count(*) FROM customer_journeys c WHERE c.tenant_id = ? AND c.journey_id = ?
                  AND c.touches IS DISTINCT FROM customer_touches(c.tenant_id, c.journey_id, c.customer_id)""")) {
            count.setString(1, TENANT);
            count.setObject(2, journey);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Every 5th customer's touches unknown in order (NULL), as a fold of an older version leaves them: read rebuilt. */
    private void forgetSomeTouches(UUID journey) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement forget = connection.prepareStatement("""
                UPDATE customer_journeys c SET touches = NULL
                WHERE c.tenant_id = ? AND c.journey_id = ? AND abs(hashtext(c.customer_id)) % 5 = 0""")) {
            forget.setString(1, TENANT);
            forget.setObject(2, journey);
            assertThat(forget.executeUpdate()).as("customers whose touches are forgotten").isPositive();
        }
    }

    /** Every 7th customer with more than one touch keeps only their first: as a fold by an older version leaves them. */
    private void leaveSomeTouchesShort(UUID journey) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement shorten = connection.prepareStatement("""
                UPDATE customer_journeys c SET touches = (
                    SELECT touch_bytes(i.occurred_at, i.touchpoint_id, i.stage_key, i.type, i.channel, i.variant) FROM interactions i
                    WHERE i.tenant_id = c.tenant_id AND i.journey_id = c.journey_id AND i.customer_id = c.customer_id
                    ORDER BY i.occurred_at, i.event_id LIMIT 1)
                WHERE c.tenant_id = ? AND c.journey_id = ? AND c.interactions > 1 AND c.touches IS NOT NULL
                  AND abs(hashtext(c.customer_id)) % 7 = 0""")) {
            shorten.setString(1, TENANT);
            shorten.setObject(2, journey);
            assertThat(shorten.executeUpdate()).as("customers left short").isPositive();
        }
    }
}
