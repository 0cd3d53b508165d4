package io.trailmap.common.batch;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.trailmap.common.json.StorableTextParser;
import io.trailmap.common.json.UnstorableTextException;
import io.trailmap.common.problem.FieldError;
import io.trailmap.common.problem.Problem;
import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.problem.ProblemMappers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a batch body — a JSON array, a single object, or {@code {"<wrapper>": [...]}} — and
 * parses and validates every item on its own, so one bad item rejects only itself (text that cannot
 * be stored included).
 */
public final class BatchItems {

    /** An item that passed, with its index in the batch. */
    public record Valid<T>(int index, T item) {
    }

    /** An item that did not, with what is wrong. */
    public record Rejected(
            int index,
            @Schema(nullable = true, description = "The item's own id, when it had a readable one") String id,
            List<FieldError> errors) {
    }

    public record Result<T>(List<Valid<T>> valid, List<Rejected> rejected) {
    }

    private BatchItems() {
    }

    /**
     * @param idField    the item field that identifies it to the client (echoed in rejections)
     * @param extraCheck further checks of a parsed, valid item (empty list when fine)
     */
    public static <T> Result<T> read(JsonNode body, String wrapper, int maxItems, Class<T> type, String idField,
                                     ObjectMapper json, Validator validator, Function<T, List<FieldError>> extraCheck) {
        JsonNode items = body == null ? null : body.isObject() && body.has(wrapper) ? body.get(wrapper) : body;
        if (items != null && items.isObject()) {
            items = json.createArrayNode().add(items);
        }
        if (items == null || !items.isArray()) {
            throw ProblemException.invalid("body", "must be a JSON array, one object, or {\"" + wrapper + "\": [...]}");
        }
        if (items.size() > maxItems) {
            throw new ProblemException(Problem.of(413, "batch-too-large", "Content Too Large",
                    "A batch holds at most " + maxItems + " items; this one has " + items.size() + ". Split it."));
        }
        List<Valid<T>> valid = new ArrayList<>(items.size());
        List<Rejected> rejected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i);
            String id = node.hasNonNull(idField) ? node.get(idField).asText() : null;
            try {
                // items of a request body were checked as it was read; those built from a file (imports) are checked here
                T item = json.readValue(StorableTextParser.of(node.traverse(json)), type);
                List<FieldError> errors = validate(item, validator, extraCheck);
                if (errors.isEmpty()) {
                    valid.add(new Valid<>(i, item));
                } else {
                    rejected.add(new Rejected(i, id, errors));
                }
            } catch (UnstorableTextException e) {
                rejected.add(new Rejected(i, id, List.of(new FieldError(e.field().isEmpty() ? "item" : e.field(), e.reason()))));
            } catch (JsonMappingException e) {
                String field = ProblemMappers.jsonPath(e.getPath());
                rejected.add(new Rejected(i, id, List.of(new FieldError(field.isEmpty() ? "item" : field, mappingMessage(e)))));
            } catch (IOException e) {
                rejected.add(new Rejected(i, id, List.of(new FieldError("item", "is not valid JSON for this API"))));
            }
        }
        return new Result<>(valid, rejected);
    }

    private static <T> List<FieldError> validate(T item, Validator validator, Function<T, List<FieldError>> extraCheck) {
        if (item == null) {
            return List.of(new FieldError("item", "must be an object"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(item)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (errors.isEmpty()) {
            errors.addAll(extraCheck.apply(item));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static String mappingMessage(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            if (invalid.getTargetType().isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
            }
            return "'" + invalid.getValue() + "' is not a valid " + invalid.getTargetType().getSimpleName();
        }
        return "has an invalid value";
    }
}
