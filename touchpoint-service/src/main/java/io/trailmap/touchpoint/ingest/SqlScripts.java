package io.trailmap.touchpoint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The SQL of the ingestion path, kept as files under {@code sql/} of the class path (the bench reads the same files). */
final class SqlScripts {

    private SqlScripts() {
    }

    static String load(String name) {
        try (InputStream in = SqlScripts.class.getClassLoader().getResourceAsStream("sql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL script sql/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
