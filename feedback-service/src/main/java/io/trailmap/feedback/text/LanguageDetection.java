package io.trailmap.feedback.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;

/**
 * Language of a comment with Lingua, loaded for the languages customers of our users write in
 * (Nordic neighbours included, so Norwegian or Danish is not mistaken for Swedish). Answers the
 * ISO 639-1 code, or {@code und} when the text is too short or the detector is unsure.
 */
public final class LanguageDetection {

    public static final String UNDETERMINED = "und";
    private static final int MIN_LETTERS = 3;

    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.FINNISH, Language.SWEDISH, Language.BOKMAL, Language.DANISH,
                    Language.GERMAN, Language.ESTONIAN)
            .withMinimumRelativeDistance(0.05)
            .build();

    public String detect(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        Language language = detector.detectLanguageOf(text);
        if (language == Language.UNKNOWN) {
            return UNDETERMINED;
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}
