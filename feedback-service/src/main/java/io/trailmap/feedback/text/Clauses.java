package io.trailmap.feedback.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment cut into the clauses that carry one judgement each: at sentence ends, semicolons, commas,
 * line breaks and the words that turn a sentence ("but", "mutta", "men"), so "fast delivery but rude
 * staff" reads as two.
 */
final class Clauses {

    record Span(int start, int end) {

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final String BREAKS = "[.!?;:,\\n]+";
    private static final Map<String, Pattern> BOUNDARIES = Map.of(
            "en", boundary("but|however|although|though|whereas|except|unfortunately"),
            "fi", boundary("mutta|vaan|kuitenkin|vaikka|paitsi|silti|valitettavasti"),
            "sv", boundary("men|dock|medan|trots|utom|däremot|tyvärr"));

    private Clauses() {
    }

    static List<Span> of(String language, String text) {
        Matcher matcher = BOUNDARIES.getOrDefault(language, BOUNDARIES.get("en")).matcher(text);
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (matcher.find()) {
            addIfNotBlank(text, start, matcher.start(), spans);
            // a turning word opens the next clause ("but rude staff"); a break belongs to neither
            start = matcher.group(1) != null ? matcher.start(1) : matcher.end();
        }
        addIfNotBlank(text, start, text.length(), spans);
        return spans;
    }

    private static void addIfNotBlank(String text, int start, int end, List<Span> spans) {
        if (start < end && !text.substring(start, end).isBlank()) {
            spans.add(new Span(start, end));
        }
    }

    private static Pattern boundary(String words) {
        return Pattern.compile(BREAKS + "|(?<![\\p{L}])(" + words + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
