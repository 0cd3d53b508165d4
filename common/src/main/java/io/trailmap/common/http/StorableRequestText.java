package io.trailmap.common.http;

import io.trailmap.common.problem.ProblemException;
import io.trailmap.common.problem.ProblemResponses;
import io.trailmap.common.validation.StorableText;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a request whose path parameters, query parameters or headers (decoded) hold text that
 * cannot be stored — {@code %00} in a path segment, say — with a 400 naming the parameter, before
 * any resource sees it. Bodies are checked as they are read ({@link io.trailmap.common.json.StorableTextParser}).
 * After matching, so path parameters have their names.
 */
@Provider
public class StorableRequestText implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        problemIn(request.getUriInfo().getPathParameters())
                .or(() -> problemIn(request.getUriInfo().getQueryParameters()))
                .or(() -> problemIn(request.getHeaders()))
                .ifPresent(problem -> request.abortWith(ProblemResponses.of(problem.problem())));
    }

    private static Optional<ProblemException> problemIn(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Optional<String> inName = StorableText.problemWith(parameter.getKey());
            if (inName.isPresent()) {
                return Optional.of(ProblemException.invalid("parameter name", inName.get()));
            }
            for (String value : parameter.getValue()) {
                Optional<String> problem = StorableText.problemWith(value);
                if (problem.isPresent()) {
                    return Optional.of(ProblemException.invalid(parameter.getKey(), problem.get()));
                }
            }
        }
        return Optional.empty();
    }
}
