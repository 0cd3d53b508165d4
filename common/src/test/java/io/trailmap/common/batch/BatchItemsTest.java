package io.trailmap.common.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.trailmap.common.json.StorableTextJsonFactory;
import io.trailmap.common.problem.FieldError;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BatchItemsTest {

    record Response(@NotBlank String responseId, String comment, Map<String, Object> answers) {
    }

    private final ObjectMapper json = new ObjectMapper(new StorableTextJsonFactory());
    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** Items built in memory (as an import builds them from a file's rows) never went through a checking parser. */
    @Test
    void anItemWithTextThatCannotBeStoredRejectsOnlyItself() {
        ArrayNode items = json.createArrayNode();
        items.addObject().put("responseId", "r-1").put("comment", "fine");
        items.addObject().put("responseId", "r-2").put("comment", "bro\u0000ken");
        items.addObject().put("responseId", "r-3").putObject("answers").put("q\uD800", 1);
        items.addObject().put("responseId", "").put("comment", "blank id");

        BatchItems.Result<Response> result = BatchItems.read(items, "responses", 10, Response.class, "responseId", json,
                validator, item -> List.of());

        assertThat(result.valid()).extracting(valid -> valid.item().responseId()).containsExactly("r-1");
        assertThat(result.rejected()).extracting(BatchItems.Rejected::index).containsExactly(1, 2, 3);
        assertThat(result.rejected().get(0).errors()).containsExactly(
                new FieldError("comment", "contains U+0000 (NUL) at character 4, which cannot be stored"));
        assertThat(result.rejected().get(1).errors()).containsExactly(new FieldError("answers",
                "has a key that contains an unpaired UTF-16 surrogate (U+D800) at character 2, which is not Unicode text"));
        assertThat(result.rejected().get(2).errors()).extracting(FieldError::field).containsExactly("responseId");
    }
}
