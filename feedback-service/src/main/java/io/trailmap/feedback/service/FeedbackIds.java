package io.trailmap.feedback.service;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what makes feedback unique, so that an exact lookup or a duplicate is a lookup of
 * {@code _id} — the one index both real MongoDB and the embedded wire server answer from — and a
 * duplicate insert is a duplicate-key error rather than a query. Name-based (version 3) UUIDs keep
 * the ids' form; the parts are joined with a separator no part can contain.
 */
public final class FeedbackIds {

    private FeedbackIds() {
    }

    /** A survey response: unique per tenant and the caller's {@code responseId}. */
    public static String response(String tenant, String responseId) {
        return of("response", tenant, responseId);
    }

    /** A review: unique per tenant, source and the source's own id. */
    public static String review(String tenant, String source, String sourceId) {
        return of("review", tenant, source, sourceId);
    }

    /** The one follow-up case a piece of feedback can open. */
    public static String followUp(String tenant, String sourceType, String sourceId) {
        return of("follow-up", tenant, sourceType, sourceId);
    }

    static String of(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
