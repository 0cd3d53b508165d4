package io.trailmap.localstores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a local run keeps an embedded store's data: {@code trailmap.data-dir} / {@code TRAILMAP_DATA_DIR},
 * else {@code .local/data}; and the port it listens on: {@code trailmap.embedded-store.port} /
 * {@code TRAILMAP_EMBEDDED_STORE_PORT}, else a free one (the end-to-end tests look into the stores).
 */
final class LocalDataDir {

    private LocalDataDir() {
    }

    static int port() {
        String port = System.getProperty("trailmap.embedded-store.port", System.getenv("TRAILMAP_EMBEDDED_STORE_PORT"));
        return port == null || port.isBlank() ? 0 : Integer.parseInt(port.strip());
    }

    static Path of(String store) {
        Path dir = Path.of(System.getProperty("trailmap.data-dir",
                System.getenv().getOrDefault("TRAILMAP_DATA_DIR", ".local/data")), store);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
