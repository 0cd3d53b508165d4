package io.trailmap.touchpoint.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.common.problem.FieldError;
import io.trailmap.common.problem.Problem;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.problem.ProblemMappers;
import io.trailmap.touchpoint.api.IngestResult;
import io.trailmap.touchpoint.api.InteractionInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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

    public BatchParser(ObjectMapper json, Validator validator, Clock clock) {
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    public ParsedBatch parse(JsonNode body) {
        JsonNode events = body != null && body.isObject() ? body.get("events") : body;
        if (events == null || !events.isArray()) {
            throw ProblemException.invalid("body", "must be a JSON array of interactions, or {\"events\": [...]}");
        }
        if (events.size() > MAX_EVENTS) {
            throw new ProblemException(Problem.of(413, "batch-too-large", "Content Too Large",
                    "A batch holds at most " + MAX_EVENTS + " events; this one has " + events.size() + ". Split it."));
        }
        List<InteractionInput> valid = new ArrayList<>(events.size());
        List<IngestResult.Rejected> rejected = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode node = events.get(i);
            String eventId = node.hasNonNull("eventId") ? node.get("eventId").asText() : null;
            try {
                InteractionInput event = json.treeToValue(node, InteractionInput.class);
                List<FieldError> errors = validate(event);
                if (errors.isEmpty()) {
                    valid.add(event);
                } else {
                    rejected.add(new IngestResult.Rejected(i, eventId, errors));
                }
            } catch (JsonMappingException e) {
                String field = ProblemMappers.jsonPath(e.getPath());
                rejected.add(new IngestResult.Rejected(i, eventId,
                        List.of(new FieldError(field.isEmpty() ? "event" : field, mappingMessage(e)))));
            } catch (JsonProcessingException e) {
                rejected.add(new IngestResult.Rejected(i, eventId, List.of(new FieldError("event", "is not a valid interaction"))));
            }
        }
        return new ParsedBatch(valid, rejected);
    }

    private List<FieldError> validate(InteractionInput event) {
        if (event == null) {
            return List.of(new FieldError("event", "must be an object"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<InteractionInput> v : validator.validate(event)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (event.occurredAt() != null && event.occurredAt().isAfter(clock.instant().plus(MAX_CLOCK_SKEW))) {
            errors.add(new FieldError("occurredAt", "is in the future"));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static String mappingMessage(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid && invalid.getTargetType() != null) {
            if (invalid.getTargetType().isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
            }
            return "'" + invalid.getValue() + "' is not a valid " + invalid.getTargetType().getSimpleName();
        }
        return "has an invalid value";
    }
}
