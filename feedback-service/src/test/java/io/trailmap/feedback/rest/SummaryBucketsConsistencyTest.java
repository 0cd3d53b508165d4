package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.trailmap.feedback.service.FeedbackRetention;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static io.trailmap.feedback.rest.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Summaries read from the buckets kept as feedback is stored equal the recomputation from the stored
 * feedback ({@code source=RAW}) on random traffic: several places and kinds, duplicates, reviews, erased
 * customers and a retention run, for keys that leave fields open and for periods of whole days, parts of
 * days and open ends. Examples are the newest comments either way, but which of equally new ones is a
 * matter of order; they are checked to be comments that were posted.
 */
@QuarkusTest
class SummaryBucketsConsistencyTest {

    private static final Instant DAY0 = Instant.parse("2019-05-01T00:00:00Z");
    private static final String[] COMMENTS = {
            "The delivery was late and nobody called", "Friendly staff, quick checkout", "Waited forty minutes in the queue",
            "The app crashed during payment", "Great price and fast delivery", "Support never answered my email",
            "Toimitus oli myöhässä ja hinta kallis", "Personalen var trevlig men leveransen tog en vecka",
            "Refund took three weeks", "Nothing to add", null, null};

    @Inject
    FeedbackRetention retention;

    @Test
    void bucketsEqualTheRecomputationFromStoredFeedback() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String t = Api.newTenant();
        List<String> journeys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<String> touchpoints = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<String> stages = List.of("awareness", "purchase");
        String[] kinds = {"NPS", "NPS", "CSAT", "CES", "CUSTOM"};

        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String kind = kinds[random.nextInt(kinds.length)];
            Integer score = switch (kind) {
                case "NPS" -> random.nextInt(11);
                case "CSAT" -> 1 + random.nextInt(5);
                case "CES" -> 1 + random.nextInt(7);
                default -> null;
            };
            Map<String, Object> r = Api.response("r-" + i, kind, score, COMMENTS[random.nextInt(COMMENTS.length)]);
            r.put("customerId", "c-" + random.nextInt(40));
            r.put("submittedAt", DAY0.plusSeconds(random.nextInt(10 * 86_400)).toString());
            if (random.nextInt(5) > 0) {
                r.put("journeyId", journeys.get(random.nextInt(2)));
                r.put("stageKey", stages.get(random.nextInt(2)));
            }
            if (random.nextBoolean()) {
                r.put("touchpointId", touchpoints.get(random.nextInt(2)));
            }
            all.add(r);
        }
        for (int i = 0; i < all.size(); i += 200) {
            List<Map<String, Object>> batch = new ArrayList<>(all.subList(i, i + 200));
            batch.add(all.get(random.nextInt(i + 1)));   // a duplicate, of this batch or an earlier one
            as(t, "ingest").body(batch).post("/responses").then().statusCode(202);
        }
        for (int i = 0; i < 40; i++) {
            Map<String, Object> review = new HashMap<>(Map.of("source", "GOOGLE", "sourceId", "g-" + (i % 35), "rating", 1 + random.nextInt(5),
                    "publishedAt", DAY0.plusSeconds(random.nextInt(10 * 86_400)).toString(), "customerId", "c-" + random.nextInt(40),
                    "journeyId", journeys.get(random.nextInt(2)), "stageKey", stages.get(random.nextInt(2))));
            String text = COMMENTS[random.nextInt(COMMENTS.length)];
            if (text != null) {
                review.put("text", text);
            }
            as(t, "ingest").body(review).post("/reviews");
        }
        for (int c = 0; c < 3; c++) {
            as(t, "admin").delete("/customers/c-" + c).then().statusCode(200);
        }
        retention.purgeBefore(DAY0.plus(2, ChronoUnit.DAYS).plus(7, ChronoUnit.HOURS));

        List<String> keys = List.of("", "journeyId=" + journeys.get(0), "journeyId=" + journeys.get(1) + "&stageKey=purchase",
                "touchpointId=" + touchpoints.get(0), "stageKey=awareness");
        Instant day3 = DAY0.plus(3, ChronoUnit.DAYS);
        Instant day8 = DAY0.plus(8, ChronoUnit.DAYS);
        List<String> periods = List.of("", "&from=" + day3 + "&to=" + day8, "&from=" + day3.plusSeconds(5 * 3600) + "&to=" + day8.plusSeconds(3 * 3600),
                "&from=" + day3.plusSeconds(7200), "&to=" + day8.plusSeconds(60), "&from=" + day3.plusSeconds(3600) + "&to=" + day3.plusSeconds(7200),
                "&from=" + day3 + "");
        Set<String> posted = new java.util.HashSet<>();
        for (String comment : COMMENTS) {
            posted.add(comment);
        }
        for (String key : keys) {
            for (String period : periods) {
                String query = "/feedback/summary?" + String.join("&", java.util.stream.Stream.of(key, period.replaceFirst("^&", ""),
                        "interval=" + (periods.indexOf(period) % 2 == 0 ? "DAY" : "WEEK")).filter(p -> !p.isEmpty()).toList());
                Map<String, Object> served = as(t, "viewer").get(query).then().statusCode(200).extract().jsonPath().getMap("");
                Map<String, Object> raw = as(t, "admin").get(query + "&source=RAW").then().statusCode(200).extract().jsonPath().getMap("");
                assertThat(examples(served)).as("seed %d: examples of %s", seed, query).allMatch(posted::contains);
                assertThat(differences("", withoutExamples(served), withoutExamples(raw))).as("seed %d: %s", seed, query).isEmpty();
            }
        }
        assertThat(as(t, "viewer").get("/feedback/summary").then().extract().jsonPath().getInt("responses"))
                .as("seed %d: erasure and retention left something", seed).isLessThan(600).isGreaterThan(0);

        List<Map<String, Object>> asked = keys.stream().map(SummaryBucketsConsistencyTest::key).toList();
        List<Map<String, Object>> batched = as(t, "viewer").body(Map.of("keys", asked, "from", day3.toString(), "to", day8.plusSeconds(3600).toString()))
                .post("/feedback/summaries").then().statusCode(200).extract().jsonPath().getList("summaries");
        for (int i = 0; i < keys.size(); i++) {
            Map<String, Object> raw = as(t, "admin").get("/feedback/summary?" + (keys.get(i).isEmpty() ? "" : keys.get(i) + "&") + "from=" + day3 + "&to=" + day8.plusSeconds(3600)
                    + "&source=RAW").then().extract().jsonPath().getMap("");
            assertThat(differences("", withoutExamples(batched.get(i)), withoutExamples(raw))).as("seed %d: batched %s", seed, keys.get(i)).isEmpty();
        }
    }

    @Test
    void onlyAdminsRecompute() {
        String t = Api.newTenant();
        as(t, "viewer").get("/feedback/summary?source=RAW").then().statusCode(403);
        as(t, "viewer").get("/feedback/summary?source=ELSEWHERE").then().statusCode(400).body("errors[0].field", is("source"));
        as(t, "admin").get("/feedback/summary?source=RAW").then().statusCode(200).body("responses", is(0));
    }

    /**
     * Where two answers differ. Means are rounded sums of doubles, added in another order by the buckets than by
     * MongoDB's $group, so a mean may differ by one unit of its last digit (0.01) where the exact value lies on a
     * rounding boundary; every count must be identical.
     */
    @SuppressWarnings("unchecked")
    private static List<String> differences(String at, Object served, Object raw) {
        if (served instanceof Map<?, ?> a && raw instanceof Map<?, ?> b) {
            List<String> found = new ArrayList<>();
            if (!a.keySet().equals(b.keySet())) {
                found.add(at + ": fields " + a.keySet() + " ≠ " + b.keySet());
            }
            a.keySet().forEach(k -> found.addAll(differences(at + "." + k, a.get(k), b.get(k))));
            return found;
        }
        if (served instanceof List<?> a && raw instanceof List<?> b) {
            if (a.size() != b.size()) {
                return List.of(at + ": " + a.size() + " items ≠ " + b.size());
            }
            List<String> found = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                found.addAll(differences(at + "[" + i + "]", a.get(i), b.get(i)));
            }
            return found;
        }
        boolean roundedMean = (served instanceof Float || served instanceof Double) && (raw instanceof Float || raw instanceof Double)
                && Math.abs(((Number) served).doubleValue() - ((Number) raw).doubleValue()) <= 0.0101;
        return java.util.Objects.equals(served, raw) || roundedMean ? List.of() : List.of(at + ": " + served + " ≠ " + raw);
    }

    private static Map<String, Object> key(String query) {
        Map<String, Object> key = new LinkedHashMap<>();
        for (String part : query.split("&")) {
            if (!part.isEmpty()) {
                key.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
            }
        }
        return key;
    }

    @SuppressWarnings("unchecked")
    private static List<String> examples(Map<String, Object> summary) {
        List<String> examples = new ArrayList<>();
        ((List<Map<String, Object>>) summary.get("topThemes")).forEach(theme -> examples.addAll((List<String>) theme.get("examples")));
        return examples;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutExamples(Map<String, Object> summary) {
        Map<String, Object> copy = new HashMap<>(summary);
        copy.put("topThemes", ((List<Map<String, Object>>) summary.get("topThemes")).stream().map(theme -> {
            Map<String, Object> rest = new HashMap<>(theme);
            rest.remove("examples");
            return rest;
        }).toList());
        return copy;
    }
}
