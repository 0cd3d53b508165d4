package io.trailmap.touchpoint.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.common.batch.BatchItems;
import io.trailmap.common.problem.FieldError;
import io.trailmap.common.validation.PlainValueValidator;
import io.trailmap.touchpoint.api.IngestResult;
import io.trailmap.touchpoint.api.InteractionInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Reads an ingestion body — a JSON array of events, or {@code {"events": [...]}} — and validates
 * every event on its own, so one bad event rejects only itself.
 */
@ApplicationScoped
public class BatchParser {

    public static final int MAX_EVENTS = 10_000;
    /** Clocks of trackers drift; an event further in the future than this is a client bug. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofHours(1);

    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public BatchParser(ObjectMapper json, ValidatorFactory validators, Clock clock) {
        this.json = json;
        this.validator = PlainValueValidator.of(validators);
        this.clock = clock;
    }

    public ParsedBatch parse(JsonNode body) {
        if (body != null && body.isObject() && !body.has("events")) {
            throw io.trailmap.common.problem.ProblemException.invalid("body",
                    "must be a JSON array of interactions, or {\"events\": [...]}");
        }
        BatchItems.Result<InteractionInput> result = BatchItems.read(body, "events", MAX_EVENTS, InteractionInput.class,
                "eventId", json, validator, event -> event.occurredAt().isAfter(clock.instant().plus(MAX_CLOCK_SKEW))
                        ? List.of(new FieldError("occurredAt", "is in the future")) : List.of());
        return new ParsedBatch(result.valid().stream().map(BatchItems.Valid::item).toList(),
                result.rejected().stream().map(r -> new IngestResult.Rejected(r.index(), r.id(), r.errors())).toList());
    }
}
