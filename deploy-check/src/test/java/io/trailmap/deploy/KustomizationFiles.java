package io.trailmap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kubectl-free check: the resource files a kustomization (and the kustomizations and components
 * it names) lists, concatenated as written. Patches, generators, labels and images are not applied,
 * so checks that need them run only where kubectl renders.
 */
final class KustomizationFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private KustomizationFiles() {
    }

    static String concatenate(Path dir) throws IOException {
        List<String> documents = new ArrayList<>();
        collect(dir, documents);
        return String.join("\n---\n", documents);
    }

    /** Names of the Secrets and ConfigMaps the kustomizations generate. */
    static List<String> generatedNames(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        JsonNode kustomization = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
        for (String generator : List.of("secretGenerator", "configMapGenerator")) {
            kustomization.path(generator).forEach(g -> names.add(g.path("name").asText()));
        }
        for (String child : children(kustomization)) {
            Path path = dir.resolve(child).normalize();
            if (Files.isDirectory(path)) {
                names.addAll(generatedNames(path));
            }
        }
        return names;
    }

    private static void collect(Path dir, List<String> documents) throws IOException {
        JsonNode kustomization = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
        for (String child : children(kustomization)) {
            Path path = dir.resolve(child).normalize();
            if (Files.isDirectory(path)) {
                collect(path, documents);
            } else {
                documents.add(Files.readString(path));
            }
        }
    }

    private static List<String> children(JsonNode kustomization) {
        List<String> children = new ArrayList<>();
        kustomization.path("resources").forEach(r -> children.add(r.asText()));
        kustomization.path("components").forEach(c -> children.add(c.asText()));
        return children;
    }
}
