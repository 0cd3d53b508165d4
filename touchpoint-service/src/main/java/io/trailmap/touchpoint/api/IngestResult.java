package io.trailmap.touchpoint.api;

import io.trailmap.common.problem.FieldError;

import java.util.List;

/** {@code 202 {accepted, duplicates, rejected: [{index, eventId, errors}]}}. */
public record IngestResult(int accepted, int duplicates, List<Rejected> rejected) {

    public record Rejected(int index, String eventId, List<FieldError> errors) {
    }
}
