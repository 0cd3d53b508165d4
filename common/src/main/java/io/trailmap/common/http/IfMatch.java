package io.trailmap.common.http;

import io.trailmap.common.problem.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP: a resource's {@code version} travels as its ETag, and a
 * change must name the version it was based on in {@code If-Match}.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private IfMatch() {
    }

    public static String etagOf(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by a required {@code If-Match} header: 428 when missing, 400 when unreadable. */
    public static long requiredVersion(String header) {
        if (header == null || header.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag (version) of the resource you read, e.g. If-Match: \"3\"");
        }
        Matcher matcher = ETAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw ProblemException.invalid(HEADER, "must be the ETag of the resource, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Checks the version a client based its change on against the stored one: 412 when stale. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw ProblemException.preconditionFailed("The resource was changed meanwhile: you sent version "
                    + expected + ", the current version is " + current + ". Read it again and retry.");
        }
    }

    /** Required header + check in one step. */
    public static void require(String header, long current) {
        check(requiredVersion(header), current);
    }
}
