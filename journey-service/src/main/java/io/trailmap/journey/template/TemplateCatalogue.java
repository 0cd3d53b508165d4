package io.trailmap.journey.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailmap.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in templates, loaded once from the classpath. */
@ApplicationScoped
public class TemplateCatalogue {

    static final List<String> KEYS = List.of("ecommerce", "lifecycle", "retail-store", "travel-agency", "bank",
            "saas-trial", "b2b");

    private final Map<String, JourneyTemplate> templates = new LinkedHashMap<>();

    public TemplateCatalogue(ObjectMapper json) {
        for (String key : KEYS) {
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("templates/" + key + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("template " + key + " is missing from the classpath");
                }
                templates.put(key, json.readValue(in, JourneyTemplate.class));
            } catch (IOException e) {
                throw new UncheckedIOException("template " + key + " cannot be read", e);
            }
        }
    }

    public List<TemplateSummary> summaries() {
        return templates.values().stream().map(TemplateSummary::of).toList();
    }

    public JourneyTemplate get(String key) {
        JourneyTemplate template = templates.get(key);
        if (template == null) {
            throw ProblemException.notFound("template", key);
        }
        return template;
    }
}
