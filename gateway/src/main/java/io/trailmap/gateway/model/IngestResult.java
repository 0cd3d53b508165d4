package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("What happened to a batch of interactions: stored, already known (by eventId), or rejected with reasons")
public record IngestResult(@NonNull Integer accepted, @NonNull Integer duplicates, @NonNull List<@NonNull Rejected> rejected) {

    @Description("An interaction that was not stored, by its index in the batch")
    public record Rejected(@NonNull Integer index, String eventId, @NonNull List<@NonNull FieldError> errors) {
    }

    @Description("What is wrong with one field")
    public record FieldError(@NonNull String field, @NonNull String message) {
    }
}
