package io.trailmap.feedback.imports;

import io.trailmap.feedback.api.ResponseInput;
import io.trailmap.feedback.api.ReviewInput;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What a file holds, and the fields its rows may carry (those of the API's input). */
public enum ImportType {
    RESPONSES(ResponseInput.class), REVIEWS(ReviewInput.class);

    private final Set<String> fields;

    ImportType(Class<? extends Record> input) {
        this.fields = Arrays.stream(input.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> fields() {
        return fields;
    }
}
