package io.trailmap.feedback.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AspectDetectionTest {

    private static TextAnalysis analysis;

    @BeforeAll
    static void load() {
        analysis = new TextAnalysis();
    }

    private static List<AspectDetection.Found> aspects(String language, String text) {
        return analysis.analyze(text, language).aspects();
    }

    private static AspectDetection.Found aspect(List<AspectDetection.Found> found, String key) {
        return found.stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not found in " + found));
    }

    @Test
    void mixed_feelings_give_each_aspect_its_own_sign() {
        List<AspectDetection.Found> found = aspects("en", "Fast delivery but the staff were rude and unhelpful.");
        assertThat(found).extracting(AspectDetection.Found::key).containsExactly("DELIVERY", "STAFF");
        assertThat(aspect(found, "DELIVERY").sentiment().label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(aspect(found, "STAFF").sentiment().label()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(aspect(found, "DELIVERY").terms()).containsExactly("delivery");
        assertThat(aspect(found, "STAFF").label()).isEqualTo("Staff");
    }

    @Test
    void finnish_and_swedish_compounds_and_case_endings_are_split_to_their_aspect() {
        assertThat(aspects("fi", "Toimitusaika oli aivan liian pitkä, kolme viikkoa.")).extracting(AspectDetection.Found::key)
                .contains("DELIVERY");
        assertThat(aspect(aspects("fi", "Toimitusaika oli aivan liian pitkä, kolme viikkoa."), "DELIVERY").terms())
                .containsExactly("toimitusaika");
        assertThat(aspects("fi", "Kotiinkuljetuksen kanssa oli ongelmia")).extracting(AspectDetection.Found::key).contains("DELIVERY");
        assertThat(aspects("sv", "Leveranstiden var alldeles för lång och ingen förklaring gavs.")).extracting(AspectDetection.Found::key)
                .contains("DELIVERY");
        assertThat(aspects("sv", "Kundtjänsten svarade aldrig på mitt mejl")).extracting(AspectDetection.Found::key).contains("SUPPORT");
    }

    @Test
    void a_mixed_finnish_and_swedish_comment_keeps_the_signs_apart() {
        List<AspectDetection.Found> fi = aspects("fi", "Hinta oli edullinen, mutta asiakaspalvelu oli todella töykeää ja hidasta.");
        assertThat(aspect(fi, "PRICE_FEES").sentiment().label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(aspect(fi, "SUPPORT").sentiment().label()).isEqualTo(Sentiment.NEGATIVE);
        List<AspectDetection.Found> sv = aspects("sv", "Personalen var jättetrevlig men leveransen var en katastrof.");
        assertThat(aspect(sv, "STAFF").sentiment().label()).isEqualTo(Sentiment.POSITIVE);
        assertThat(aspect(sv, "DELIVERY").sentiment().label()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void a_clause_that_only_states_a_fact_takes_the_comments_verdict() {
        List<AspectDetection.Found> found = aspects("en", "The parcel came on Tuesday. Absolutely terrible, never again.");
        assertThat(aspect(found, "DELIVERY").sentiment()).isEqualTo(analysis.sentiment("en", "The parcel came on Tuesday. Absolutely terrible, never again."));
    }

    @Test
    void a_longer_comment_naming_nothing_of_the_taxonomy_is_about_OTHER_and_a_short_one_about_nothing() {
        assertThat(aspects("en", "The council still has not emptied the bins on our street"))
                .extracting(AspectDetection.Found::key).containsExactly(AspectTaxonomy.OTHER);
        assertThat(aspects("en", "Never again.")).isEmpty();
        assertThat(analysis.analyze("", "en").aspects()).isEmpty();
    }

    @Test
    void wildcards_match_the_start_end_or_inside_of_a_word_and_plain_terms_match_by_stem() {
        Stemming stemming = new Stemming();
        AspectTaxonomy taxonomy = AspectTaxonomy.builtIn().with(List.of(
                new AspectDefinition("ROOM_SERVICE", "Room service", Map.of("en", List.of("room service", "minibar*"),
                        "fi", List.of("*huonepalvelu*"), "sv", List.of("*service")))));
        AspectMatcher matcher = new AspectMatcher(taxonomy, stemming);
        assertThat(keys(matcher, "en", "The room services were slow")).contains("ROOM_SERVICE");   // stems: room servic
        assertThat(keys(matcher, "en", "minibars empty")).contains("ROOM_SERVICE");
        assertThat(keys(matcher, "en", "a room with a view")).doesNotContain("ROOM_SERVICE");
        assertThat(keys(matcher, "fi", "Hotellin huonepalvelusta ei vastattu")).contains("ROOM_SERVICE");
        assertThat(keys(matcher, "sv", "Rumsservice fanns inte")).contains("ROOM_SERVICE");
        assertThat(keys(matcher, "sv", "servicen var bra")).doesNotContain("ROOM_SERVICE");   // ends with "servicen", not "service"
    }

    @Test
    void a_tenant_theme_with_a_built_in_key_adds_its_terms_and_keeps_the_built_in_ones() {
        AspectTaxonomy taxonomy = AspectTaxonomy.builtIn().with(List.of(
                new AspectDefinition("APP_WEBSITE", null, Map.of("fi", List.of("*mobiilipankki*")))));
        AspectMatcher matcher = new AspectMatcher(taxonomy, new Stemming());
        assertThat(keys(matcher, "fi", "Mobiilipankkimme kirjautuminen")).contains("APP_WEBSITE");
        assertThat(keys(matcher, "fi", "Sovellus kaatui")).contains("APP_WEBSITE");
        assertThat(taxonomy.label("APP_WEBSITE")).isEqualTo("App and website");
        assertThat(taxonomy.aspects()).hasSameSizeAs(AspectTaxonomy.builtIn().aspects());
    }

    @Test
    void every_built_in_aspect_but_OTHER_has_terms_in_every_language() {
        for (AspectDefinition aspect : AspectTaxonomy.builtIn().aspects()) {
            for (String language : Stemming.LANGUAGES) {
                if (aspect.key().equals(AspectTaxonomy.OTHER)) {
                    assertThat(aspect.terms(language)).isEmpty();
                } else {
                    assertThat(aspect.terms(language)).as(aspect.key() + " " + language).hasSizeGreaterThan(10);
                }
            }
        }
        assertThat(AspectTaxonomy.builtIn().aspects()).extracting(AspectDefinition::key).containsExactly("DELIVERY", "PRICE_FEES",
                "STAFF", "WAITING", "CHECKOUT_PAYMENT", "APP_WEBSITE", "SUPPORT", "PRODUCT_QUALITY", "RETURNS_REFUNDS", "ONBOARDING",
                "BILLING", "OTHER");
    }

    private static List<String> keys(AspectMatcher matcher, String language, String text) {
        return matcher.find(language, new Stemming().tokens(language, text)).stream().map(AspectMatcher.Match::key).toList();
    }
}
