package io.trailmap.datagen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Deterministic survey responses and reviews in English, Finnish and Swedish. Each stage has a mood
 * (−1 … +1) that moves its scores: a stage where customers suffer gets detractors and complaints,
 * the others mostly praise. Shaped like feedback-service's POST /responses and POST /reviews JSON.
 */
public final class FeedbackGenerator {

    private static final List<String> LANGUAGES = List.of("en", "en", "en", "en", "en", "fi", "fi", "fi", "sv", "sv");

    private static final Map<String, List<String>> PRAISE = Map.of(
            "en", List.of("Great service, the staff were really friendly and helpful.",
                    "Everything was quick and easy, I will definitely come back.",
                    "Excellent experience, the app made it simple.",
                    "Very good support, my question was answered in minutes.",
                    "I love the loyalty offers, great value for money."),
            "fi", List.of("Erittäin hyvä palvelu, henkilökunta oli todella ystävällistä.",
                    "Kaikki sujui nopeasti ja helposti, tulen varmasti uudelleen.",
                    "Loistava kokemus, sovellus teki kaikesta helppoa.",
                    "Tosi hyvä tuki, sain vastauksen muutamassa minuutissa."),
            "sv", List.of("Mycket bra service, personalen var verkligen trevlig och hjälpsam.",
                    "Allt gick snabbt och enkelt, jag kommer definitivt tillbaka.",
                    "Utmärkt upplevelse, appen gjorde det enkelt.",
                    "Bra support, jag fick svar på några minuter."));

    private static final Map<String, List<String>> NEUTRAL = Map.of(
            "en", List.of("It was okay, nothing special.", "Fine overall, the price could be lower."),
            "fi", List.of("Ihan ok, ei mitään erikoista.", "Kohtalainen kokemus, hinta voisi olla alempi."),
            "sv", List.of("Det var okej, inget speciellt.", "Helt okej, priset kunde vara lägre."));

    private static final Map<String, List<String>> COMPLAINTS = Map.of(
            "en", List.of("The queue at the checkout was far too long and slow.",
                    "Terrible onboarding, the setup was confusing and I gave up.",
                    "Bad support, nobody answered my emails for days.",
                    "The delivery was late and the price was too high.",
                    "Awful experience, the contract process was slow and frustrating."),
            "fi", List.of("Jono kassalle oli aivan liian pitkä ja hidas.",
                    "Huono käyttöönotto, asetukset olivat sekavia ja luovutin.",
                    "Todella huono asiakaspalvelu, kukaan ei vastannut viesteihin.",
                    "Toimitus oli myöhässä ja hinta liian korkea."),
            "sv", List.of("Kön till kassan var alldeles för lång och långsam.",
                    "Dålig introduktion, inställningarna var förvirrande och jag gav upp.",
                    "Mycket dålig kundtjänst, ingen svarade på mina mejl.",
                    "Leveransen var sen och priset för högt."));

    private final Random random;

    public FeedbackGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Where feedback is given: a journey stage, the touchpoints there, and how customers feel about it. */
    public record Target(UUID journeyId, String stageKey, List<UUID> touchpointIds, double mood) {
    }

    /**
     * {@code count} responses spread over the targets and customers within [start, start + span):
     * kinds NPS (50 %), CSAT (35 %), CES (15 %); about 70 % with a comment in en/fi/sv (5:3:2).
     */
    public List<Map<String, Object>> responses(String idPrefix, List<Target> targets, List<String> customers, int count,
                                               Instant start, Duration span) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            double feeling = clamp(target.mood() + random.nextGaussian() * 0.45);
            double draw = random.nextDouble();
            String kind = draw < 0.5 ? "NPS" : draw < 0.85 ? "CSAT" : "CES";
            int score = switch (kind) {
                case "NPS" -> scale(feeling, 0, 10);
                case "CSAT" -> scale(feeling, 1, 5);
                default -> scale(feeling, 1, 7);
            };
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("responseId", idPrefix + "-" + i);
            response.put("kind", kind);
            response.put("score", score);
            response.put("customerId", customers.get(random.nextInt(customers.size())));
            response.put("journeyId", target.journeyId().toString());
            response.put("stageKey", target.stageKey());
            if (!target.touchpointIds().isEmpty() && random.nextDouble() < 0.8) {
                response.put("touchpointId", target.touchpointIds().get(random.nextInt(target.touchpointIds().size())).toString());
            }
            response.put("submittedAt", at(start, span).toString());
            if (random.nextDouble() < 0.7) {
                String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
                response.put("comment", comment(language, feeling));
                response.put("language", language);
            }
            out.add(response);
        }
        return out;
    }

    /** {@code count} external reviews (rating 1–5 by the target's mood) from Google, Trustpilot and app stores. */
    public List<Map<String, Object>> reviews(String idPrefix, List<Target> targets, List<String> customers, int count,
                                             Instant start, Duration span) {
        List<String> sources = List.of("GOOGLE", "TRUSTPILOT", "APP_STORE", "FACEBOOK");
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            double feeling = clamp(target.mood() + random.nextGaussian() * 0.5);
            String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("source", sources.get(random.nextInt(sources.size())));
            review.put("sourceId", idPrefix + "-" + i);
            review.put("rating", scale(feeling, 1, 5));
            review.put("text", comment(language, feeling));
            review.put("language", language);
            review.put("author", "Reviewer " + (i + 1));
            review.put("publishedAt", at(start, span).toString());
            review.put("journeyId", target.journeyId().toString());
            review.put("stageKey", target.stageKey());
            if (random.nextDouble() < 0.5) {
                review.put("customerId", customers.get(random.nextInt(customers.size())));
            }
            out.add(review);
        }
        return out;
    }

    private String comment(String language, double feeling) {
        List<String> pool = feeling > 0.2 ? PRAISE.get(language) : feeling < -0.2 ? COMPLAINTS.get(language) : NEUTRAL.get(language);
        return pool.get(random.nextInt(pool.size()));
    }

    private Instant at(Instant start, Duration span) {
        return start.plusSeconds((long) (random.nextDouble() * span.toSeconds()));
    }

    /** Maps a feeling −1 … +1 onto the scale, rounding to the nearest point. */
    static int scale(double feeling, int min, int max) {
        return (int) Math.round(min + (feeling + 1) / 2 * (max - min));
    }

    private static double clamp(double value) {
        return Math.max(-1, Math.min(1, value));
    }
}
