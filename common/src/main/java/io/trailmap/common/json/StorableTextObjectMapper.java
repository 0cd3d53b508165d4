package io.trailmap.common.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The application's ObjectMapper — what REST bodies are read with — built on
 * {@link StorableTextJsonFactory}, so no string or key of any JSON body reaches a store unchecked.
 * Replaces Quarkus' default mapper and, as that one does, applies every {@link ObjectMapperCustomizer}
 * (Quarkus' {@code quarkus.jackson.*} settings among them), highest priority first.
 */
public class StorableTextObjectMapper {

    @Produces
    @Singleton
    ObjectMapper objectMapper(Instance<ObjectMapperCustomizer> customizers) {
        ObjectMapper mapper = new ObjectMapper(new StorableTextJsonFactory());
        List<ObjectMapperCustomizer> ordered = customizers.stream().sorted().toList();
        ordered.forEach(customizer -> customizer.customize(mapper));
        return mapper;
    }
}
