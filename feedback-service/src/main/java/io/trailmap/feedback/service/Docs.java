package io.trailmap.feedback.service;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Small conversions between BSON documents and Java values. */
public final class Docs {

    private Docs() {
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }

    static Double number(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n.doubleValue() : null;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? List.of() : (List<T>) value;
    }
}
