package io.trailmap.gateway.input;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.BeforeDataFetch;
import io.trailmap.common.validation.StorableText;
import io.trailmap.gateway.error.BadUserInputError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a GraphQL field whose arguments — from variables or written in the document — hold text
 * the services cannot store (U+0000, unpaired surrogates), as BAD_USER_INPUT naming the argument,
 * before any service is called. Runs before every data fetch (SmallRye GraphQL events).
 */
@ApplicationScoped
public class StorableArguments {

    void check(@Observes @BeforeDataFetch Context field) {
        Map<String, Object> arguments = field.getArguments();
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            problemIn(argument.getValue(), argument.getKey()).ifPresent(problem -> {
                throw new BadUserInputError(problem);
            });
        }
    }

    /** The first unstorable string in an argument value (strings, lists and input objects, whose keys are schema names), with its path. */
    static Optional<String> problemIn(Object value, String path) {
        if (value instanceof String text) {
            return StorableText.problemWith(text).map(problem -> path + ": " + problem);
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Optional<String> problem = problemIn(list.get(i), path + "[" + i + "]");
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        if (value instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                Optional<String> problem = problemIn(entry.getValue(), path + "." + entry.getKey());
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }
}
