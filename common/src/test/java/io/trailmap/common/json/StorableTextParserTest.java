package io.trailmap.common.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorableTextParserTest {

    private static final String NUL = "contains U+0000 (NUL) at character 2, which cannot be stored";

    record Stage(String name, List<String> actions) {
    }

    record Journey(String name, List<Stage> stages, Map<String, Object> attributes, List<List<String>> grid) {
    }

    private final ObjectMapper json = new ObjectMapper(new StorableTextJsonFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private void assertRefused(String body, Class<?> type, String field, String reason) {
        assertThatThrownBy(() -> json.readValue(body, type)).isInstanceOfSatisfying(UnstorableTextException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    @Test
    void aStringInANestedRecordIsNamedByItsPath() {
        assertRefused("{\"name\":\"ok\",\"stages\":[{\"name\":\"a\"},{\"name\":\"b\\u0000\"}]}", Journey.class, "stages[1].name", NUL);
        assertRefused("{\"stages\":[{\"actions\":[\"fine\",\"x\\u0000\"]}]}", Journey.class, "stages[0].actions[1]", NUL);
    }

    @Test
    void aKeyIsRefusedAtTheObjectHoldingIt() {
        assertRefused("{\"attributes\":{\"a\\u0000\":1}}", Journey.class, "attributes", "has a key that " + NUL);
        assertRefused("{\"attributes\":{\"ok\":{\"deep\":[{\"k\\u0000\":true}]}}}", Journey.class, "attributes.ok.deep[0]",
                "has a key that " + NUL);
        assertRefused("{\"n\\u0000me\":1}", Journey.class, "", "has a key that " + NUL);
    }

    @Test
    void untypedValuesNestedArraysAndTreesAreCheckedToo() {
        assertRefused("{\"attributes\":{\"list\":[1,[\"x\",\"y\\u0000\"]]}}", Journey.class, "attributes.list[1][1]", NUL);
        assertRefused("{\"grid\":[[\"a\"],[\"b\",\"c\\u0000\"]]}", Journey.class, "grid[1][1]", NUL);
        assertRefused("[{\"eventId\":\"e-1\"},{\"eventId\":\"e\\u0000\"}]", JsonNode.class, "[1].eventId", NUL);
        assertRefused("\"a\\u0000\"", String.class, "", NUL);
    }

    @Test
    void aPropertyTheTypeIgnoresIsCheckedAsWell() {
        assertRefused("{\"unknown\":{\"nested\":[\"z\\u0000\"]},\"name\":\"ok\"}", Journey.class, "unknown.nested[0]", NUL);
    }

    @Test
    void unpairedSurrogatesAreRefusedEscapedOrAsRawBytes() {
        assertRefused("{\"name\":\"a\\uD800\"}", Journey.class, "name",
                "contains an unpaired UTF-16 surrogate (U+D800) at character 2, which is not Unicode text");
        assertRefused("{\"name\":\"\\uDFFFz\"}", Journey.class, "name",
                "contains an unpaired UTF-16 surrogate (U+DFFF) at character 1, which is not Unicode text");
        // U+D800 written as UTF-8 bytes (ED A0 80), which no valid UTF-8 holds: Jackson refuses it as malformed input
        byte[] raw = "{\"name\":\"a___\"}".getBytes(StandardCharsets.US_ASCII);
        raw[10] = (byte) 0xED;
        raw[11] = (byte) 0xA0;
        raw[12] = (byte) 0x80;
        assertThatThrownBy(() -> json.readValue(raw, Journey.class)).isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Illegal surrogate");
    }

    @Test
    void storableTextReadsAsItWasSent() throws Exception {
        Journey read = json.readValue("{\"name\":\"🦄 \\uD83E\\uDD84 %00 \\u202E\",\"attributes\":{\"ключ\":[\"ñ\"]},"
                + "\"stages\":[{\"name\":\"s\",\"actions\":[\"\\t\"]}]}", Journey.class);
        assertThat(read.name()).isEqualTo("🦄 \uD83E\uDD84 %00 \u202E");
        assertThat(read.attributes()).isEqualTo(Map.of("ключ", List.of("ñ")));
        assertThat(read.stages().getFirst().actions()).containsExactly("\t");
    }

    @Test
    void aCopiedMapperKeepsChecking() {
        ObjectMapper copy = json.copy();
        assertThatThrownBy(() -> copy.readTree("{\"a\":\"b\\u0000\"}")).isInstanceOf(UnstorableTextException.class);
    }
}
