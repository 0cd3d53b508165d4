package io.trailmap.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.trailmap.common.validation.StorableText;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads JSON as the parser it wraps does, and fails with {@link UnstorableTextException} at the first
 * string value or object key that cannot be stored — wherever it is: in a typed field, a map key, an
 * untyped value, a tree, nested arrays, or a property the target type ignores.
 */
public final class StorableTextParser extends JsonParserDelegate {

    private StorableTextParser(JsonParser parser) {
        super(parser);
    }

    /** {@code parser}, checking every string and key it reads. */
    public static JsonParser of(JsonParser parser) {
        return parser instanceof StorableTextParser ? parser : new StorableTextParser(parser);
    }

    // JsonParser's other next…() methods are built on nextToken(); nextValue() and skipChildren()
    // of the delegate would read past the checks, so they are built on it here too.
    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == JsonToken.VALUE_STRING) {
            check(delegate.getText(), false);
        } else if (token == JsonToken.FIELD_NAME) {
            check(delegate.currentName(), true);
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        if (!delegate.hasToken(JsonToken.START_OBJECT) && !delegate.hasToken(JsonToken.START_ARRAY)) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken token = nextToken();
            if (token == null) {
                return this;
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    private void check(String text, boolean isKey) throws UnstorableTextException {
        var problem = StorableText.problemWith(text);
        if (problem.isPresent()) {
            // a bad key is reported at the object holding it: the key itself is not printable
            throw new UnstorableTextException(this, path(delegate.getParsingContext(), !isKey),
                    isKey ? "has a key that " + problem.get() : problem.get());
        }
    }

    /** The context's place as the API names fields: {@code stages[0].painPoints[1].description}, {@code [3].eventId}. */
    static String path(JsonStreamContext context, boolean withCurrentName) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null && (c != context || withCurrentName)) {
                segments.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
