package io.trailmap.feedback.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportRowsTest {

    private static List<ImportRows.Row> rows(ImportFormat format, String file, Map<String, String> mapping) {
        List<ImportRows.Row> rows = new ArrayList<>();
        ImportRows.of(format, file.getBytes(StandardCharsets.UTF_8), mapping).forEachRemainingRow(rows::add);
        return rows;
    }

    @Test
    void csvColumnsAreMappedToFieldsAndBlankCellsLeftOut() {
        String csv = "Response ID,Likelihood,Feedback\nq-1,2,\"Slow, and rude\"\nq-2,10,\n";
        assertThat(ImportRows.columns(ImportFormat.CSV, csv.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("Response ID", "Likelihood", "Feedback");
        List<ImportRows.Row> rows = rows(ImportFormat.CSV, csv, Map.of("responseId", "Response ID", "score", "Likelihood"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).fields().toString()).isEqualTo("{\"responseId\":\"q-1\",\"score\":\"2\",\"Feedback\":\"Slow, and rude\"}");
        assertThat(rows.get(1).fields().has("Feedback")).isFalse();
    }

    @Test
    void ndjsonLinesAreObjectsAndABrokenOneIsNamedWithoutStoppingTheRest() {
        String ndjson = "{\"id\": \"a\", \"stars\": 4}\n\n{\"id\": \"b\",\n[1, 2]\n{\"id\": \"c\"}\n";
        assertThat(ImportRows.columns(ImportFormat.NDJSON, ndjson.getBytes(StandardCharsets.UTF_8))).containsExactly("id", "stars");
        List<ImportRows.Row> rows = rows(ImportFormat.NDJSON, ndjson, Map.of("sourceId", "id"));
        assertThat(rows).extracting(ImportRows.Row::line).containsExactly(1L, 3L, 4L, 5L);
        assertThat(rows.get(0).fields().get("sourceId").asText()).isEqualTo("a");
        assertThat(rows.get(1).problem()).contains("not JSON");
        assertThat(rows.get(2).problem()).contains("JSON object");
        assertThat(rows.get(3).fields().get("sourceId").asText()).isEqualTo("c");
    }

    @Test
    void aCsvThatBreaksOffIsReportedAtItsLine() {
        String csv = "a,b\n1,2\n\"unterminated,3\n";
        List<ImportRows.Row> rows = rows(ImportFormat.CSV, csv, Map.of());
        assertThat(rows.get(0).fields().toString()).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
        assertThat(rows.getLast().problem()).contains("rest of the file");
    }
}
