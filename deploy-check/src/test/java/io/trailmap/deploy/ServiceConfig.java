package io.trailmap.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** A service's own configuration (src/main/resources/application.properties), as the manifests must match it. */
record ServiceConfig(String service, Properties properties) {

    static final java.util.List<String> SERVICES = java.util.List.of("journey-service", "touchpoint-service", "feedback-service", "gateway");

    /**
     * Settings the services read without naming them in application.properties: the datasource
     * credentials (EmbeddedPostgresLauncher sets them for local runs), the MongoDB URL
     * (FeedbackServiceMain likewise) and the OTLP endpoint (a Quarkus default), per service; and the
     * image's own JVM sizing variable.
     */
    private static final Map<String, Set<String>> READ_WITHOUT_A_LINE = Map.of(
            "journey-service", Set.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
                    "quarkus.otel.exporter.otlp.endpoint"),
            "touchpoint-service", Set.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
                    "quarkus.otel.exporter.otlp.endpoint"),
            "feedback-service", Set.of("quarkus.mongodb.connection-string", "quarkus.otel.exporter.otlp.endpoint"),
            "gateway", Set.of("quarkus.otel.exporter.otlp.endpoint"));
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_OPTS_APPEND");

    static ServiceConfig of(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Manifests.ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return new ServiceConfig(service, properties);
    }

    int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    Duration shutdownDelay() {
        return duration(properties.getProperty("quarkus.shutdown.delay"));
    }

    Duration shutdownTimeout() {
        return duration(properties.getProperty("quarkus.shutdown.timeout"));
    }

    /** Whether an environment variable sets a property this service has (MicroProfile Config's name mapping). */
    boolean reads(String variable) {
        if (IMAGE_VARIABLES.contains(variable)) {
            return true;
        }
        Set<String> names = new HashSet<>(READ_WITHOUT_A_LINE.get(service));
        for (String key : properties.stringPropertyNames()) {
            names.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
        }
        return names.stream().anyMatch(name -> environmentName(name).equals(variable));
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Duration duration(String value) {
        return Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
    }
}
