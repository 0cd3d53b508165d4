package io.trailmap.feedback.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key terms of a comment: its words without stop words, numbers and very short words, keyed by
 * stem so "delivery" and "deliveries" (or "toimitus" and "toimituksen") are one theme.
 */
public final class ThemeExtractor {

    public record Theme(String key, String word) {
    }

    private static final int MAX_THEMES = 8;
    private static final int MIN_LENGTH = 3;

    private final Stemming stemming;

    public ThemeExtractor(Stemming stemming) {
        this.stemming = stemming;
    }

    public List<Theme> themes(String language, String text) {
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (Token token : stemming.tokens(language, text)) {
            String word = token.word();
            if (word.length() < MIN_LENGTH || stemming.isStopWord(language, word) || !word.chars().allMatch(Character::isLetter)
) {
                continue;
            }
            themes.putIfAbsent(token.stem(), new Theme(token.stem(), word));
        }
        return new ArrayList<>(themes.values()).subList(0, Math.min(MAX_THEMES, themes.size()));
    }
}
