package io.trailmap.common.validation;

import java.util.Optional;

/**
 * Text every store of the platform keeps as it was sent. PostgreSQL refuses U+0000 (NUL) in text and
 * JSONB; MongoDB refuses it in field names. An unpaired UTF-16 surrogate is no Unicode text at all:
 * PgJDBC encodes it as '?' and the MongoDB driver writes bytes that are not UTF-8, so either would
 * store something other than what was sent. Both are refused before anything is stored.
 */
public final class StorableText {

    private StorableText() {
    }

    /** What makes {@code text} unstorable (e.g. "contains U+0000 (NUL) at character 3…"), or empty when it can be stored. */
    public static Optional<String> problemWith(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("contains U+0000 (NUL) at character " + (i + 1) + ", which cannot be stored");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired UTF-16 surrogate (U+%04X) at character %d, which is not Unicode text"
                        .formatted((int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
