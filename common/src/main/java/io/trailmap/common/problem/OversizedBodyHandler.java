package io.trailmap.common.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Bodies over {@code quarkus.http.limits.max-body-size} are refused by the HTTP layer with a bare
 * 413. Requests that announce their size (Content-Length) are refused here first, with the same
 * problem+json body as every other error. A service with file uploads sets the HTTP limit for them
 * and keeps its other paths small: {@code trailmap.http.body-limit} applies to every path but those
 * under {@code trailmap.http.bulk-paths}.
 */
@ApplicationScoped
public class OversizedBodyHandler {

    private final Optional<MemorySize> limit;
    private final Optional<MemorySize> ordinaryLimit;
    private final List<String> bulkPaths;

    public OversizedBodyHandler(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
                                @ConfigProperty(name = "trailmap.http.body-limit") Optional<MemorySize> ordinaryLimit,
                                @ConfigProperty(name = "trailmap.http.bulk-paths") Optional<List<String>> bulkPaths) {
        this.limit = limit;
        this.ordinaryLimit = ordinaryLimit;
        this.bulkPaths = bulkPaths.orElse(List.of());
    }

    void register(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        long bulkBytes = limit.get().asLongValue();
        long ordinaryBytes = ordinaryLimit.map(MemorySize::asLongValue).orElse(bulkBytes);
        router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            String path = ctx.normalizedPath();
            long maxBytes = bulkPaths.stream().anyMatch(path::startsWith) ? bulkBytes : ordinaryBytes;
            if (length != null && isOver(length, maxBytes)) {
                Problem problem = Problem.of(413, "payload-too-large", "Content Too Large",
                        "The request body has " + length + " bytes; at most " + maxBytes + " are accepted");
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE);
                if (ctx.request().version() != HttpVersion.HTTP_2) {
                    // the unread body must not be taken for the next request; HTTP/2 forbids the header (the stream just ends)
                    ctx.response().putHeader("Connection", "close");
                }
                ctx.response().end(Json.encode(problem));
                return;
            }
            ctx.next();
        });
    }

    private static boolean isOver(String contentLength, long maxBytes) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
