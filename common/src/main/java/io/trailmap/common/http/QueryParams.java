package io.trailmap.common.http;

import io.trailmap.common.problem.ProblemException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Parses raw query and path parameters, answering 400 with the parameter's name when one is wrong. */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "'" + raw + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(raw.strip());
            if (!id.toString().equalsIgnoreCase(raw.strip())) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "'" + raw + "' is not a UUID");
        }
    }

    /** A comma-separated list of UUIDs (at most 500); empty when absent. */
    public static java.util.List<UUID> uuids(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return java.util.List.of();
        }
        String[] parts = raw.split(",");
        if (parts.length > 500) {
            throw ProblemException.invalid(name, "at most 500 ids");
        }
        return java.util.Arrays.stream(parts).map(p -> uuid(name, p)).distinct().toList();
    }

    /** A path id: a malformed one is a 400, a well-formed one the caller cannot see a 404 (elsewhere). */
    public static UUID pathId(String name, String raw) {
        UUID id = uuid(name, raw);
        if (id == null) {
            throw ProblemException.invalid(name, "is required");
        }
        return id;
    }

    public static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "'" + raw + "' is not true or false");
        };
    }

    public static Integer integer(String name, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number between " + min + " and " + max);
        }
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "'" + raw + "' is not an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
