package io.trailmap.feedback.api;

import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A file import and its progress: {@code status} RUNNING, DONE or FAILED; {@code rows} read so far,
 * of which {@code accepted} stored, {@code duplicates} already there (same responseId or review
 * source id) and {@code rejected}; {@code errors} names the line and field of each rejection (the
 * first 1 000; {@code errorsTruncated} when there were more).
 */
public record ImportView(String id, String type, String format, String status, long rows, long accepted, long duplicates,
                         long rejected, List<RowError> errors, boolean errorsTruncated, Instant createdAt, Instant updatedAt,
                         @Schema(nullable = true) Instant finishedAt, @Schema(nullable = true) String failure) {

    /** Line 1 of a CSV is its header; field is null when the whole line could not be read. */
    public record RowError(long line, @Schema(nullable = true) String field, String message) {
    }

    public static ImportView of(Document d) {
        List<RowError> errors = d.getList("errors", Document.class, List.of()).stream()
                .map(e -> new RowError(((Number) e.get("line")).longValue(), e.getString("field"), e.getString("message"))).toList();
        return new ImportView(d.getString("_id"), d.getString("type"), d.getString("format"), d.getString("status"),
                count(d, "rows"), count(d, "accepted"), count(d, "duplicates"), count(d, "rejected"), errors,
                Boolean.TRUE.equals(d.getBoolean("errorsTruncated")), instant(d, "createdAt"), instant(d, "updatedAt"),
                instant(d, "finishedAt"), d.getString("failure"));
    }

    private static long count(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
