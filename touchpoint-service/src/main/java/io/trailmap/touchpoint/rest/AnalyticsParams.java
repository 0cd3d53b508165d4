package io.trailmap.touchpoint.rest;

import io.trailmap.common.http.QueryParams;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.validation.StageKey;
import io.trailmap.touchpoint.analytics.TimeRange;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Parses the query parameters the analytics endpoints share, with a clear 400 for each mistake. */
final class AnalyticsParams {

    private static final Duration MAX_DURATION = Duration.ofDays(3660);

    private AnalyticsParams() {
    }

    static UUID journeyId(String raw) {
        UUID id = QueryParams.uuid("journeyId", raw);
        if (id == null) {
            throw ProblemException.invalid("journeyId", "is required");
        }
        return id;
    }

    /** {@code stages=aware,consider,buy}: the journey's stage keys in order, each once. */
    static List<String> stages(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid("stages", "is required: the journey's stage keys in order, e.g. stages=aware,consider,buy");
        }
        List<String> stages = Arrays.stream(raw.split(",")).map(String::strip).toList();
        if (stages.size() > 50) {
            throw ProblemException.invalid("stages", "at most 50 stages");
        }
        for (String stage : stages) {
            if (!StageKey.Syntax.matches(stage)) {
                throw ProblemException.invalid("stages", "'" + stage + "' is not a stage key");
            }
        }
        if (new HashSet<>(stages).size() != stages.size()) {
            throw ProblemException.invalid("stages", "each stage may appear once");
        }
        return stages;
    }

    static String stageKey(String name, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw ProblemException.invalid(name, "is required");
            }
            return null;
        }
        if (!StageKey.Syntax.matches(raw.strip())) {
            throw ProblemException.invalid(name, "'" + raw + "' is not a stage key");
        }
        return raw.strip();
    }

    /** An ISO-8601 duration such as P30D or PT12H, positive and at most ten years. */
    static Duration duration(String name, String raw, Duration fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(raw.strip());
            if (d.isNegative() || d.isZero() || d.compareTo(MAX_DURATION) > 0) {
                throw ProblemException.invalid(name, "must be positive and at most P3660D");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "'" + raw + "' is not an ISO-8601 duration such as P30D or PT12H");
        }
    }

    /** [from, to) from query parameters, with from before to when both are given. */
    static TimeRange range(String from, String to) {
        return range(QueryParams.instant("from", from), QueryParams.instant("to", to));
    }

    /** [from, to) from a request body, with from before to when both are given. */
    static TimeRange range(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return new TimeRange(from, to);
    }
}
