package io.trailmap.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A string or key of a JSON body that cannot be stored (see {@link io.trailmap.common.validation.StorableText}),
 * with its place in the document in the API's field notation ({@code stages[0].name}). A mapping
 * exception, so Jackson keeps it as it is while it leaves the deserializers.
 */
public class UnstorableTextException extends JsonMappingException {

    private final String field;
    private final String reason;

    UnstorableTextException(JsonParser parser, String field, String reason) {
        super(parser, (field.isEmpty() ? "body" : field) + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** Where in the document, e.g. {@code stages[0].name}; empty for the document itself. */
    public String field() {
        return field;
    }

    /** What is wrong, e.g. "contains U+0000 (NUL) at character 3, which cannot be stored". */
    public String reason() {
        return reason;
    }
}
