package io.trailmap.common.paging;

import io.trailmap.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset position after the last item of a page: its sort instant and id, so the next page
 * continues exactly there even when rows are inserted meanwhile. Opaque to clients.
 */
public record Cursor(Instant after, UUID afterId) {

    private static final String VERSION = "v1";
    /** No stored time lies outside these, so no cursor the API returned does (the databases' own ranges are narrower than Instant's). */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public String encode() {
        String raw = VERSION + "|" + after + "|" + afterId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw invalid();
            }
            Instant after = Instant.parse(parts[1]);
            if (after.isBefore(EARLIEST) || after.isAfter(LATEST)) {
                throw invalid();
            }
            return new Cursor(after, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this API returned");
    }
}
