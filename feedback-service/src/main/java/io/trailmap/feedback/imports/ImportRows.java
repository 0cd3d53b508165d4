package io.trailmap.feedback.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The rows of an uploaded file as JSON objects keyed by the target fields, read one at a time:
 * CSV with a header line, or NDJSON (one JSON object per line). A column mapping (target field →
 * column or key in the file) renames; unmapped columns keep their name. Blank cells are left out.
 * A row that cannot be read becomes a {@link Row} with a problem instead of fields.
 */
public final class ImportRows implements Iterator<ImportRows.Row> {

    /** A row: its line number in the file (the header is line 1 of a CSV) and its fields, or why it could not be read. */
    public record Row(long line, ObjectNode fields, String problem) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Iterator<Row> rows;

    private ImportRows(Iterator<Row> rows) {
        this.rows = rows;
    }

    /** The file's column names (CSV header, or the keys of the first NDJSON object); empty when there is none. */
    public static List<String> columns(ImportFormat format, byte[] file) {
        if (format == ImportFormat.CSV) {
            try (MappingIterator<Map<String, String>> it = csv(file)) {
                return it.hasNext() ? new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames()) : List.of();
            } catch (IOException e) {
                return List.of();
            }
        }
        ImportRows rows = of(format, file, Map.of());
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.fields() != null) {
                List<String> names = new ArrayList<>();
                row.fields().fieldNames().forEachRemaining(names::add);
                return names;
            }
        }
        return List.of();
    }

    /** @param mapping target field → the column (CSV) or key (NDJSON) holding it */
    public static ImportRows of(ImportFormat format, byte[] file, Map<String, String> mapping) {
        Map<String, String> fieldOfColumn = new java.util.HashMap<>();
        mapping.forEach((field, column) -> fieldOfColumn.put(column, field));
        return new ImportRows(format == ImportFormat.CSV ? csvRows(file, fieldOfColumn) : ndjsonRows(file, fieldOfColumn));
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Row next() {
        return rows.next();
    }

    public void forEachRemainingRow(Consumer<Row> action) {
        rows.forEachRemaining(action);
    }

    private static MappingIterator<Map<String, String>> csv(byte[] file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        return mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                .readValues(new ByteArrayInputStream(file));
    }

    private static Iterator<Row> csvRows(byte[] file, Map<String, String> fieldOfColumn) {
        MappingIterator<Map<String, String>> it;
        try {
            it = csv(file);
        } catch (IOException e) {
            return List.of(new Row(1, null, "the file is not CSV with a header line: " + e.getMessage())).iterator();
        }
        return new Iterator<>() {
            private long line = 1;
            private boolean broken;

            @Override
            public boolean hasNext() {
                try {
                    return !broken && it.hasNextValue();
                } catch (IOException | RuntimeException e) {
                    return !broken;   // next() reports the line that cannot be read
                }
            }

            @Override
            public Row next() {
                line++;
                try {
                    Map<String, String> cells = it.nextValue();
                    ObjectNode fields = JSON.createObjectNode();
                    cells.forEach((column, value) -> {
                        if (value != null && !value.isBlank()) {
                            fields.put(fieldOfColumn.getOrDefault(column, column), value.strip());
                        }
                    });
                    return new Row(line, fields, null);
                } catch (IOException | RuntimeException e) {
                    // after a CSV syntax error the reader cannot find the next row reliably: stop here, and say so
                    broken = true;
                    return new Row(line, null, "cannot be read as CSV (" + e.getMessage().lines().findFirst().orElse("")
                            + "); the rest of the file was not read");
                }
            }
        };
    }

    private static Iterator<Row> ndjsonRows(byte[] file, Map<String, String> fieldOfColumn) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
        Iterator<String> lines = reader.lines().iterator();
        return new Iterator<>() {
            private long line = 0;
            private Row pending = advance();

            private Row advance() {
                while (lines.hasNext()) {
                    line++;
                    String text = lines.next();
                    if (text.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode value = JSON.readTree(text);
                        if (!(value instanceof ObjectNode object)) {
                            return new Row(line, null, "must be a JSON object");
                        }
                        ObjectNode fields = JSON.createObjectNode();
                        object.properties().forEach(e -> {
                            if (!e.getValue().isNull()) {
                                fields.set(fieldOfColumn.getOrDefault(e.getKey(), e.getKey()), e.getValue());
                            }
                        });
                        return new Row(line, fields, null);
                    } catch (com.fasterxml.jackson.core.JacksonException e) {
                        return new Row(line, null, "is not JSON: " + e.getOriginalMessage());
                    } catch (IOException e) {
                        return new Row(line, null, "is not JSON");
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public Row next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                Row row = pending;
                pending = advance();
                return row;
            }
        };
    }
}
