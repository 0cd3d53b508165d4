package io.trailmap.common.problem;

/** One invalid input: the JSON path (or parameter name) and what is wrong with it. */
public record FieldError(String field, String message) {
}
