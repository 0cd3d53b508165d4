package io.trailmap.feedback.service;

import io.trailmap.common.problem.FieldError;
import io.trailmap.feedback.api.ThemeInput;
import io.trailmap.feedback.api.ThemesInput;
import io.trailmap.feedback.text.AspectTaxonomy;
import io.trailmap.feedback.text.Stemming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a tenant's themes must be: every error of a PUT at once, each naming the field it is about. */
final class ThemeRules {

    static final int MAX_THEMES = 50;
    static final int MAX_TERMS = 200;
    static final int MAX_TERM_LENGTH = 60;
    static final int MAX_LABEL_LENGTH = 80;
    private static final Pattern KEY = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

    private ThemeRules() {
    }

    static List<FieldError> check(ThemesInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.themes() == null) {
            return List.of(new FieldError("themes", "is required (an empty list removes every theme)"));
        }
        if (input.themes().size() > MAX_THEMES) {
            errors.add(new FieldError("themes", "has " + input.themes().size() + " themes; at most " + MAX_THEMES + " are allowed"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < input.themes().size(); i++) {
            ThemeInput theme = input.themes().get(i);
            String at = "themes[" + i + "]";
            if (theme == null) {
                errors.add(new FieldError(at, "must be a theme object"));
                continue;
            }
            checkKey(theme.key(), at, keys, errors);
            boolean builtIn = theme.key() != null && AspectTaxonomy.builtIn().isBuiltIn(theme.key());
            checkLabel(theme.label(), builtIn, at, errors);
            checkTerms(theme.terms(), at, errors);
        }
        return errors;
    }

    private static void checkKey(String key, String at, Set<String> keys, List<FieldError> errors) {
        if (key == null || !KEY.matcher(key).matches()) {
            errors.add(new FieldError(at + ".key", "must be 2–40 upper-case letters, digits or _, starting with a letter (e.g. ROOM_SERVICE)"));
        } else if (key.equals(AspectTaxonomy.OTHER)) {
            errors.add(new FieldError(at + ".key", "OTHER is what a comment is about when it names no aspect; it takes no terms"));
        } else if (!keys.add(key)) {
            errors.add(new FieldError(at + ".key", key + " is listed twice"));
        }
    }

    private static void checkLabel(String label, boolean builtIn, String at, List<FieldError> errors) {
        if (label == null || label.isBlank()) {
            if (!builtIn) {
                errors.add(new FieldError(at + ".label", "is required for a theme of your own"));
            }
        } else if (label.strip().length() > MAX_LABEL_LENGTH) {
            errors.add(new FieldError(at + ".label", "must be at most " + MAX_LABEL_LENGTH + " characters"));
        }
    }

    private static void checkTerms(Map<String, List<String>> terms, String at, List<FieldError> errors) {
        if (terms == null || terms.values().stream().allMatch(list -> list == null || list.isEmpty())) {
            errors.add(new FieldError(at + ".terms", "needs at least one term in en, fi or sv"));
            return;
        }
        for (Map.Entry<String, List<String>> entry : terms.entrySet()) {
            String field = at + ".terms." + entry.getKey();
            if (!Stemming.LANGUAGES.contains(entry.getKey())) {
                errors.add(new FieldError(field, "is not a language comments are read in: use en, fi or sv"));
                continue;
            }
            List<String> list = entry.getValue() == null ? List.of() : entry.getValue();
            if (list.size() > MAX_TERMS) {
                errors.add(new FieldError(field, "has " + list.size() + " terms; at most " + MAX_TERMS + " are allowed"));
            }
            for (int k = 0; k < list.size(); k++) {
                String term = list.get(k);
                if (term == null || term.strip().isEmpty() || term.strip().length() > MAX_TERM_LENGTH
                        || term.codePoints().noneMatch(Character::isLetter)) {
                    errors.add(new FieldError(field + "[" + k + "]", "must be a word or phrase of 1–" + MAX_TERM_LENGTH
                            + " characters with at least one letter"));
                }
            }
        }
    }
}
