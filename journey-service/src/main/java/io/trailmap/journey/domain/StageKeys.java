package io.trailmap.journey.domain;

import io.trailmap.common.validation.StageKey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Stable stage keys: slugs made from names, unique within a journey. */
public final class StageKeys {

    public static final String PATTERN = StageKey.PATTERN;
    static final int MAX_LENGTH = StageKey.MAX_LENGTH;
    /** Path words under /journeys/{id}/stages/ that a stage key would shadow. */
    public static final Set<String> RESERVED = Set.of("order");

    private StageKeys() {
    }

    /** "Köp & betala!" → "kop-betala"; a name with no letters or digits becomes "stage". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("Æ", "ae").replace("Ø", "o")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH - 4) {
            slug = slug.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "stage" : slug;
    }

    /** The slug of {@code name}, suffixed -2, -3… until it is not among {@code taken}. */
    public static String uniqueSlug(String name, Set<String> taken) {
        String base = slug(name);
        String candidate = base;
        for (int n = 2; taken.contains(candidate) || RESERVED.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
