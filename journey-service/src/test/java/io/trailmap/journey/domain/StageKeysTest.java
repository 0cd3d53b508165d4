package io.trailmap.journey.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StageKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Awareness|awareness",
            "Checkout & pay|checkout-pay",
            "Första kontakt|forsta-kontakt",
            "Äänestys ja päätös|aanestys-ja-paatos",
            "  --Trial, day 1!--  |trial-day-1",
            "Straße|strasse",
            "!!!|stage",
            "Ørsted Æble|orsted-aeble"})
    void slugsAreLowerCaseAsciiWithSingleDashes(String name, String slug) {
        assertThat(StageKeys.slug(name)).isEqualTo(slug);
    }

    @Test
    void uniqueSlugsCountUpAndAvoidReservedWords() {
        assertThat(StageKeys.uniqueSlug("Buy", Set.of())).isEqualTo("buy");
        assertThat(StageKeys.uniqueSlug("Buy", Set.of("buy", "buy-2"))).isEqualTo("buy-3");
        assertThat(StageKeys.uniqueSlug("Order", Set.of())).isEqualTo("order-2");
    }

    @Test
    void longNamesGiveKeysThatStillFitWithASuffix() {
        String slug = StageKeys.uniqueSlug("word ".repeat(40), Set.of(StageKeys.slug("word ".repeat(40))));
        assertThat(slug).hasSizeLessThanOrEqualTo(64).matches(StageKeys.PATTERN).endsWith("-2");
    }

    /** Property: whatever the name, the slug is a valid key (seeded random names, reproducible). */
    @RepeatedTest(20)
    void anyNameGivesAValidKey(org.junit.jupiter.api.RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        for (int i = 0; i < 200; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(120);
            for (int c = 0; c < length; c++) {
                name.appendCodePoint(random.nextInt(4) == 0 ? ' ' + random.nextInt(95) : random.nextInt(0x2FF));
            }
            assertThat(StageKeys.slug(name.toString())).matches(StageKeys.PATTERN).hasSizeLessThanOrEqualTo(64);
        }
    }
}
