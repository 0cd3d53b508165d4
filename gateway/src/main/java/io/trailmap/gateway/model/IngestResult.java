package io.trailmap.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("What happened to a batch of interactions: stored, already known (by eventId), or rejected with reasons")
public record IngestResult(@NonNull @Description("Items stored") Integer accepted,
                           @NonNull @Description("Items already known by their id") Integer duplicates,
                           @NonNull @Description("Items not stored, with reasons (all of them; a batch holds at most 10 000)") List<@NonNull Rejected> rejected) {

    @Description("An item that was not stored, by its index in the batch")
    public record Rejected(@NonNull @Description("Position in the submitted list") Integer index,
                           @Description("The item's id, if it had one") @Id String eventId,
                           @NonNull @Description("What is wrong with it (every field)") List<@NonNull FieldError> errors) {
    }

    @Description("What is wrong with one field")
    public record FieldError(@NonNull @Description("The field's path") String field,
                             @NonNull @Description("What is wrong") String message) {
    }
}
