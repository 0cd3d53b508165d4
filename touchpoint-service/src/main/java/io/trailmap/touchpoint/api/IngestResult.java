package io.trailmap.touchpoint.api;

import io.trailmap.common.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** {@code 202 {accepted, duplicates, rejected: [{index, eventId, errors}]}}. */
public record IngestResult(int accepted, int duplicates, List<Rejected> rejected) {

    public record Rejected(int index, @Schema(nullable = true) String eventId, List<FieldError> errors) {
    }
}
