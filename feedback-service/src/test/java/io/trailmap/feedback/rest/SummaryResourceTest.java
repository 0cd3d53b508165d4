package io.trailmap.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.trailmap.feedback.rest.Api.as;
import static io.trailmap.feedback.rest.Api.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class SummaryResourceTest {

    @Test
    void sixPromotersTwoPassivesTwoDetractorsIsNpsForty() {
        String t = Api.newTenant();
        String journey = UUID.randomUUID().toString();
        int[] scores = {10, 9, 9, 10, 9, 10, 7, 8, 3, 6};
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            Map<String, Object> r = response("n-" + i, "NPS", scores[i], i >= 8 ? "The delivery was late and the driver rude" : null);
            r.put("journeyId", journey);
            r.put("submittedAt", "2026-02-0" + (i % 3 + 2) + "T12:00:00Z");
            batch.add(r);
        }
        batch.add(withJourney(response("c-1", "CSAT", 5, null), journey));
        batch.add(withJourney(response("c-2", "CSAT", 4, null), journey));
        batch.add(withJourney(response("c-3", "CSAT", 2, "Slow delivery"), journey));
        batch.add(withJourney(response("e-1", "CES", 6, null), journey));
        batch.add(withJourney(response("e-2", "CES", 3, null), journey));
        as(t, "ingest").body(batch).post("/responses").then().body("accepted", is(15));

        as(t, "viewer").get("/feedback/summary?journeyId=" + journey + "&interval=WEEK").then().statusCode(200)
                .body("nps", is(40.0)).body("promoters", is(6)).body("passives", is(2)).body("detractors", is(2))
                .body("csat", is(66.67)).body("ces", is(4.5)).body("responses", is(15))
                .body("topThemes[0].key", is("DELIVERY")).body("topThemes[0].label", is("Delivery")).body("topThemes[0].count", is(3))
                .body("interval", is("WEEK"));
        as(t, "viewer").get("/feedback/summary?journeyId=" + journey + "&from=2026-02-03T00:00:00Z&to=2026-02-04T00:00:00Z").then()
                .body("responses", is(3)).body("trend", hasSize(1)).body("trend[0].period", is("2026-02-03"));
        as(t, "viewer").get("/feedback/summary?journeyId=" + UUID.randomUUID()).then()
                .body("responses", is(0)).body("nps", is((Object) null));
        as(Api.newTenant(), "viewer").get("/feedback/summary?journeyId=" + journey).then().body("responses", is(0));
        as(t, "viewer").get("/feedback/summary?interval=YEAR").then().statusCode(400).body("errors[0].field", is("interval"));
        as(t, "ingest").get("/feedback/summary").then().statusCode(403);
    }

    private static Map<String, Object> on(String day, Map<String, Object> r, String journey) {
        r.put("journeyId", journey);
        r.put("language", "en");
        r.put("submittedAt", day + "T12:00:00Z");
        return r;
    }

    /**
     * A week of comments beside the week before it, counted by hand: this week 5 comments are analysed (a score
     * without a comment is not); 3 name DELIVERY (2 of them negatively), 2 name STAFF (neither negatively), so
     * shares are 3/5 = 0.6 and 2/5 = 0.4. The week before has 4 analysed comments, 1 naming DELIVERY (0.25): change
     * 0.6 − 0.25 = 0.35 and 0.4 − 0 = 0.4. Examples are this week's newest, masked; the week before gives none.
     */
    @Test
    void topThemesGiveCountShareSentimentChangeAndExamplesOfTheAspectsNamed() {
        String t = Api.newTenant();
        String journey = UUID.randomUUID().toString();
        List<Map<String, Object>> batch = List.of(
                on("2026-03-02", response("p-1", "NPS", 2, "The delivery was a disaster."), journey),
                on("2026-03-03", response("p-2", "NPS", 8, "It was ok overall"), journey),
                on("2026-03-04", response("p-3", "NPS", 8, "Nothing much to add"), journey),
                on("2026-03-05", response("p-4", "NPS", 8, "Pretty good I think"), journey),
                on("2026-03-09", response("c-1", "NPS", 2, "The delivery was a disaster."), journey),
                on("2026-03-10", response("c-2", "NPS", 3, "Terrible delivery again, write to me at anna@example.com"), journey),
                on("2026-03-11", response("c-3", "NPS", 10, "Delivery was quick and the staff were lovely."), journey),
                on("2026-03-12", response("c-4", "NPS", 9, "Lovely staff."), journey),
                on("2026-03-13", response("c-5", "NPS", 8, null), journey),
                on("2026-03-13", response("c-6", "NPS", 5, "It was fine really"), journey));
        var stored = as(t, "ingest").body(batch).post("/responses").then().statusCode(202).body("accepted", is(10)).extract().jsonPath();
        // what the comments were read as (the premises of the counts below)
        assertThat(stored.getList("results.themes")).isEqualTo(List.of(List.of("DELIVERY"), List.of(), List.of(), List.of(),
                List.of("DELIVERY"), List.of("DELIVERY"), List.of("DELIVERY", "STAFF"), List.of("STAFF"), List.of(), List.of()));
        assertThat(stored.getList("results.findAll { it.responseId.startsWith('c-') }.aspects.flatten().findAll { it.key == 'DELIVERY' }.sentiment.label"))
                .isEqualTo(List.of("NEGATIVE", "NEGATIVE", "POSITIVE"));
        List<Float> deliveryScores = stored.getList("results.findAll { it.responseId.startsWith('c-') }.aspects.flatten()"
                + ".findAll { it.key == 'DELIVERY' }.sentiment.score", Float.class);

        var summary = as(t, "viewer").get("/feedback/summary?journeyId=" + journey + "&from=2026-03-09T00:00:00Z&to=2026-03-16T00:00:00Z")
                .then().statusCode(200).body("responses", is(6)).body("themesFound", is(2))
                .body("topThemes.key", is(List.of("DELIVERY", "STAFF")))
                .body("topThemes.label", is(List.of("Delivery", "Staff"))).body("topThemes.theme", is(List.of("Delivery", "Staff")))
                .body("topThemes.count", is(List.of(3, 2))).body("topThemes.negative", is(List.of(2, 0)))
                .body("topThemes.share", is(List.of(0.6, 0.4)))
                .body("topThemes.change", is(List.of(0.35, 0.4))).body("topThemes.previousCount", is(List.of(1, 0)))
                .body("topThemes[0].examples", is(List.of("Delivery was quick and the staff were lovely.",
                        "Terrible delivery again, write to me at [email]", "The delivery was a disaster.")))
                .body("topThemes[1].examples", is(List.of("Lovely staff.", "Delivery was quick and the staff were lovely.")))
                .extract().jsonPath();
        double meanDelivery = deliveryScores.stream().mapToDouble(Float::doubleValue).average().orElseThrow();
        assertThat(summary.getDouble("topThemes[0].sentiment")).isCloseTo(meanDelivery, within(0.006)).isNegative();   // summaries round to 2 decimals
        assertThat(summary.getDouble("topThemes[1].sentiment")).isPositive();

        // without a start there is no previous period to compare with
        as(t, "viewer").get("/feedback/summary?journeyId=" + journey).then().statusCode(200)
                .body("topThemes.count", is(List.of(4, 2))).body("topThemes.share", is(List.of(0.444, 0.222)))
                .body("topThemes.change", is(java.util.Arrays.asList(null, null)))
                .body("topThemes.previousCount", is(java.util.Arrays.asList(null, null)));
        // a start with nothing analysed before it: change is unknown, not the whole share
        as(t, "viewer").get("/feedback/summary?journeyId=" + journey + "&from=2026-03-02T00:00:00Z&to=2026-03-06T00:00:00Z")
                .then().body("topThemes.key", is(List.of("DELIVERY"))).body("topThemes.share", is(List.of(0.25)))
                .body("topThemes.change", is(java.util.Arrays.asList((Object) null)));
    }

    /**
     * Keys overlap (open, journey, journey+stage, touchpoint, journey+touchpoint), repeat and miss: each batch
     * summary counts exactly the responses, reviews and negative themes its key covers — hand-counted below —
     * and equals the single summary of that key.
     */
    @Test
    void aBatchOfOverlappingKeysCountsForEachKeyWhatItCovers() {
        String t = Api.newTenant();
        String j1 = UUID.randomUUID().toString();
        String j2 = UUID.randomUUID().toString();
        String tp = UUID.randomUUID().toString();
        List<Map<String, Object>> batch = List.of(
                at(response("b-1", "NPS", 3, "The delivery was late"), j1, "buy", tp),
                at(response("b-2", "NPS", 10, null), j1, "buy", tp),
                at(response("a-1", "NPS", 9, null), j1, "aware", null),
                at(response("a-2", "CSAT", 2, "Slow delivery"), j1, "aware", null),
                at(response("o-1", "NPS", 0, "Terrible delivery and rude staff"), j2, "buy", tp));
        as(t, "ingest").body(batch).post("/responses").then().body("accepted", is(5));
        Map<String, Object> review = new HashMap<>(Map.of("source", "GOOGLE", "sourceId", "r-1", "rating", 1,
                "text", "Delivery was awful", "publishedAt", "2026-04-01T10:00:00Z"));
        as(t, "ingest").body(at(review, j1, "buy", tp)).post("/reviews").then().statusCode(201);

        List<Map<String, Object>> keys = List.of(Map.of(), Map.of("journeyId", j1), Map.of("journeyId", j1, "stageKey", "buy"),
                Map.of("touchpointId", tp), Map.of("journeyId", j2, "touchpointId", tp), Map.of("journeyId", j1),
                Map.of("journeyId", UUID.randomUUID().toString()));
        List<Map<String, Object>> summaries = as(t, "viewer").body(Map.of("keys", keys)).post("/feedback/summaries")
                .then().statusCode(200).extract().path("summaries");

        int[] responses = {5, 4, 2, 3, 1, 4, 0};
        int[] reviews = {1, 1, 1, 1, 0, 1, 0};
        int[] detractors = {2, 1, 1, 2, 1, 1, 0};
        Integer[] deliveryTheme = {4, 3, 2, 3, 1, 3, null};
        assertThat(summaries).hasSize(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            Map<String, Object> summary = summaries.get(k);
            assertThat(summary.get("responses")).as("responses of key %d", k).isEqualTo(responses[k]);
            assertThat(summary.get("reviews")).as("reviews of key %d", k).isEqualTo(reviews[k]);
            assertThat(summary.get("detractors")).as("detractors of key %d", k).isEqualTo(detractors[k]);
            List<Map<String, Object>> themes = (List<Map<String, Object>>) summary.get("topThemes");
            assertThat(themes.stream().filter(theme -> "DELIVERY".equals(theme.get("key"))).map(theme -> theme.get("count")).findFirst()
                    .orElse(null)).as("delivery theme of key %d", k).isEqualTo(deliveryTheme[k]);
            Map<String, Object> alone = as(t, "viewer").queryParams(keys.get(k)).get("/feedback/summary").then().statusCode(200).extract().as(Map.class);
            assertThat(summary).as("key %d alone", k).isEqualTo(alone);
        }
        assertThat(summaries.get(3).get("nps")).isEqualTo(-33.33);   // 1 promoter, 2 detractors of 3 at the touchpoint
    }

    private static Map<String, Object> at(Map<String, Object> feedback, String journey, String stage, String touchpoint) {
        feedback.put("journeyId", journey);
        feedback.put("stageKey", stage);
        if (touchpoint != null) {
            feedback.put("touchpointId", touchpoint);
        }
        return feedback;
    }

    private static Map<String, Object> withJourney(Map<String, Object> r, String journey) {
        r.put("journeyId", journey);
        return r;
    }

    /** Generated responses: every batch summary must equal a plain Java computation over what was sent. */
    @Test
    void summariesMatchAStraightforwardComputationOnGeneratedData() {
        String t = Api.newTenant();
        Random random = new Random(11);
        List<String> journeys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<String> stages = List.of("aware", "buy", "retain");
        String[] kinds = {"NPS", "CSAT", "CES"};
        List<Map<String, Object>> sent = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String kind = kinds[random.nextInt(3)];
            int score = switch (kind) {
                case "NPS" -> random.nextInt(11);
                case "CSAT" -> 1 + random.nextInt(5);
                default -> 1 + random.nextInt(7);
            };
            Map<String, Object> r = response("g-" + i, kind, score, null);
            r.put("journeyId", journeys.get(random.nextInt(2)));
            r.put("stageKey", stages.get(random.nextInt(3)));
            r.put("submittedAt", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(60 * 86_400)).toString());
            sent.add(r);
        }
        as(t, "ingest").body(sent).post("/responses").then().body("accepted", is(400));

        List<Map<String, Object>> keys = new ArrayList<>();
        for (String journey : journeys) {
            keys.add(Map.of("journeyId", journey));
            for (String stage : stages) {
                keys.add(Map.of("journeyId", journey, "stageKey", stage));
            }
        }
        List<Map<String, Object>> summaries = as(t, "viewer").body(Map.of("keys", keys, "from", "2026-01-15T00:00:00Z"))
                .post("/feedback/summaries").then().statusCode(200).extract().path("summaries");

        assertThat(summaries).hasSize(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            Map<String, Object> key = keys.get(k);
            List<Map<String, Object>> matching = sent.stream()
                    .filter(r -> r.get("journeyId").equals(key.get("journeyId")))
                    .filter(r -> !key.containsKey("stageKey") || r.get("stageKey").equals(key.get("stageKey")))
                    .filter(r -> !Instant.parse((String) r.get("submittedAt")).isBefore(Instant.parse("2026-01-15T00:00:00Z")))
                    .toList();
            Map<String, Object> summary = summaries.get(k);
            assertThat(summary.get("journeyId")).isEqualTo(key.get("journeyId"));
            assertThat(summary.get("responses")).isEqualTo(matching.size());
            Map<String, Double> expected = expectedScores(matching);
            assertThat((Double) summary.get("nps")).isCloseTo(expected.get("nps"), within(0.006));
            assertThat((Double) summary.get("csat")).isCloseTo(expected.get("csat"), within(0.006));
            assertThat((Double) summary.get("ces")).isCloseTo(expected.get("ces"), within(0.006));
        }
    }

    private static Map<String, Double> expectedScores(List<Map<String, Object>> responses) {
        int promoters = 0;
        int detractors = 0;
        int nps = 0;
        int satisfied = 0;
        int csat = 0;
        double cesSum = 0;
        int ces = 0;
        for (Map<String, Object> r : responses) {
            int score = (Integer) r.get("score");
            switch ((String) r.get("kind")) {
                case "NPS" -> {
                    nps++;
                    promoters += score >= 9 ? 1 : 0;
                    detractors += score <= 6 ? 1 : 0;
                }
                case "CSAT" -> {
                    csat++;
                    satisfied += score >= 4 ? 1 : 0;
                }
                default -> {
                    ces++;
                    cesSum += score;
                }
            }
        }
        Map<String, Double> scores = new HashMap<>();
        scores.put("nps", 100.0 * (promoters - detractors) / nps);
        scores.put("csat", 100.0 * satisfied / csat);
        scores.put("ces", cesSum / ces);
        return scores;
    }
}
