package io.trailmap.common.postgres.query;

import io.trailmap.common.paging.Cursor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds an HQL condition with named parameters, ending in keyset paging by (createdAt, id). */
public final class KeysetQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public KeysetQuery where(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    public KeysetQuery param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public KeysetQuery after(Cursor cursor) {
        if (cursor != null) {
            conditions.add("(createdAt > :afterAt or (createdAt = :afterAt and id > :afterId))");
            params.put("afterAt", cursor.after());
            params.put("afterId", cursor.afterId());
        }
        return this;
    }

    public String hql() {
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return where + "order by createdAt, id";
    }

    public Map<String, Object> params() {
        return params;
    }

    /** {@code %text%} for LIKE, with the user's own wildcards taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
