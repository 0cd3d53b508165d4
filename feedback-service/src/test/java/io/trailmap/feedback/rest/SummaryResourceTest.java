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
                .body("topThemes[0].theme", is("delivery")).body("topThemes[0].count", is(3))
                .body("interval", is("WEEK"));
        as(t, "viewer").get("/feedback/summary?journeyId=" + journey + "&from=2026-02-03T00:00:00Z&to=2026-02-04T00:00:00Z").then()
                .body("responses", is(3)).body("trend", hasSize(1)).body("trend[0].period", is("2026-02-03"));
        as(t, "viewer").get("/feedback/summary?journeyId=" + UUID.randomUUID()).then()
                .body("responses", is(0)).body("nps", is((Object) null));
        as(Api.newTenant(), "viewer").get("/feedback/summary?journeyId=" + journey).then().body("responses", is(0));
        as(t, "viewer").get("/feedback/summary?interval=YEAR").then().statusCode(400).body("errors[0].field", is("interval"));
        as(t, "ingest").get("/feedback/summary").then().statusCode(403);
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
