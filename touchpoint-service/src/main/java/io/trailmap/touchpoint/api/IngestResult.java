package io.trailmap.touchpoint.api;

import io.trailmap.common.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** {@code 202 {accepted, duplicates, rejected: [{index, eventId, errors}], acknowledgedAt}}. */
public record IngestResult(int accepted, int duplicates, List<Rejected> rejected,
                           @Schema(description = "When the stored events were committed (the database's clock): pass it as"
                                   + " `minDataAsOf` to an analytics call to read them counted") Instant acknowledgedAt) {

    public record Rejected(int index, @Schema(nullable = true) String eventId, List<FieldError> errors) {
    }
}
