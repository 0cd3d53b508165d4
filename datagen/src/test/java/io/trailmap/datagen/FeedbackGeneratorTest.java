package io.trailmap.datagen;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackGeneratorTest {

    private static final UUID JOURNEY = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
    private static final Instant START = Instant.parse("2026-08-01T00:00:00Z");
    private static final List<String> CUSTOMERS = IntStream.range(0, 100).mapToObj(i -> "c-" + i).toList();
    private static final List<FeedbackGenerator.Target> TARGETS = List.of(
            new FeedbackGenerator.Target(JOURNEY, "browse", List.of(UUID.randomUUID()), 0.6),
            new FeedbackGenerator.Target(JOURNEY, "checkout", List.of(), -0.7));

    @Test
    void theSameSeedGivesTheSameFeedback() {
        assertThat(new FeedbackGenerator(5).responses("r", TARGETS, CUSTOMERS, 300, START, Duration.ofDays(30)))
                .isEqualTo(new FeedbackGenerator(5).responses("r", TARGETS, CUSTOMERS, 300, START, Duration.ofDays(30)));
    }

    @Test
    void scoresFollowTheMoodAndStayInTheirScales() {
        List<Map<String, Object>> responses = new FeedbackGenerator(9).responses("r", TARGETS, CUSTOMERS, 4_000, START, Duration.ofDays(30));
        for (Map<String, Object> r : responses) {
            int score = (Integer) r.get("score");
            switch ((String) r.get("kind")) {
                case "NPS" -> assertThat(score).isBetween(0, 10);
                case "CSAT" -> assertThat(score).isBetween(1, 5);
                default -> assertThat(score).isBetween(1, 7);
            }
            assertThat(Instant.parse((String) r.get("submittedAt"))).isBetween(START, START.plus(Duration.ofDays(30)));
        }
        double checkoutNps = npsOf(responses, "checkout");
        double browseNps = npsOf(responses, "browse");
        assertThat(checkoutNps).isLessThan(-50);
        assertThat(browseNps).isGreaterThan(0);
        assertThat(responses).extracting(r -> r.get("language")).contains("en", "fi", "sv");
        assertThat(responses.stream().map(r -> r.get("responseId")).distinct().count()).isEqualTo(4_000);
    }

    @Test
    void feelingsMapOntoTheScales() {
        assertThat(FeedbackGenerator.scale(-1, 0, 10)).isZero();
        assertThat(FeedbackGenerator.scale(1, 0, 10)).isEqualTo(10);
        assertThat(FeedbackGenerator.scale(0, 1, 5)).isEqualTo(3);
        assertThat(FeedbackGenerator.scale(0.5, 1, 7)).isEqualTo(6);
    }

    @Test
    void templateScenariosUseTheTemplatesStageKeys() {
        assertThat(JourneyScenario.forTemplate("retail-store", JOURNEY).stageKeys())
                .containsExactly("plan-visit", "arrive-browse", "decide", "checkout", "after-visit");
        assertThat(JourneyScenario.forTemplate("saas-trial", JOURNEY).stageKeys())
                .containsExactly("discover", "sign-up", "onboarding", "evaluate", "convert", "expand");
        assertThat(JourneyScenario.forTemplate("b2b", JOURNEY).stageKeys()).containsExactly("problem-recognition", "research",
                "evaluation", "procurement", "onboarding", "renewal", "advocacy");
        assertThat(JourneyScenario.forTemplate("bank", JOURNEY)).isNull();
        List<String> customers = List.of("a", "b", "c");
        assertThat(new InteractionGenerator(1).generate(JourneyScenario.forTemplate("b2b", JOURNEY), customers, START, Duration.ofDays(5)))
                .allSatisfy(e -> assertThat(e.eventId()).startsWith("evt-aaaaaaaa-"))
                .allSatisfy(e -> assertThat(JourneyScenario.forTemplate("b2b", JOURNEY).stageKeys()).contains(e.stageKey()))
                // every customer enters the journey, and no one else appears
                .extracting(GeneratedInteraction::customerId).containsOnly("a", "b", "c");
    }

    private static double npsOf(List<Map<String, Object>> responses, String stage) {
        List<Integer> scores = responses.stream().filter(r -> stage.equals(r.get("stageKey")) && "NPS".equals(r.get("kind")))
                .map(r -> (Integer) r.get("score")).toList();
        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        return 100.0 * (promoters - detractors) / scores.size();
    }
}
