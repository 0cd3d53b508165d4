package io.trailmap.feedback.imports;

import java.util.Optional;

/** The file formats an import reads, told by the upload's Content-Type. */
public enum ImportFormat {
    CSV, NDJSON;

    public static Optional<ImportFormat> of(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase().split(";")[0].strip();
        return switch (type) {
            case "text/csv" -> Optional.of(CSV);
            case "application/x-ndjson", "application/ndjson", "application/jsonl" -> Optional.of(NDJSON);
            default -> Optional.empty();
        };
    }
}
