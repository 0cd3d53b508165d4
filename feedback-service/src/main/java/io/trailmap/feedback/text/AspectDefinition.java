package io.trailmap.feedback.text;

import java.util.List;
import java.util.Map;

/**
 * An aspect of the customer experience that comments are read for: its key (what {@code themes[]} lists),
 * a label for people, and per language the terms that name it. A term is a word or phrase matched by stem,
 * word by word; a word written {@code frag*}, {@code *frag} or {@code *frag*} matches any word that starts
 * with, ends with or contains {@code frag}, which is how Finnish and Swedish compounds (toimitusaika,
 * leveranstid) and case endings are caught. A term written {@code ~term} is weak: it names the aspect only
 * when the comment names nothing else ("it works" is about the product unless the app is named).
 */
public record AspectDefinition(String key, String label, Map<String, List<String>> terms) {

    public AspectDefinition {
        terms = Map.copyOf(terms);
    }

    public List<String> terms(String language) {
        return terms.getOrDefault(language, List.of());
    }
}
