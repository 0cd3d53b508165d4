package io.trailmap.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.gateway.error.Downstream;
import io.trailmap.gateway.error.Guarded;
import io.trailmap.gateway.model.Funnel;
import io.trailmap.gateway.model.ServicePage;
import io.trailmap.gateway.model.Touchpoint;
import jakarta.enterprise.context.ApplicationScoped;
import io.trailmap.gateway.error.UnavailableError;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;

/** touchpoint-service with timeouts, retries of reads and a circuit breaker that 4xx answers do not trip;
 * what goes wrong reaches callers as GraphQL errors with a code, UNAVAILABLE when the service cannot answer. */
@ApplicationScoped
@Guarded(TouchpointClient.SERVICE)
public class TouchpointClient {

    static final String SERVICE = "touchpoint-service";

    private final TouchpointServiceApi api;

    public TouchpointClient(@RestClient TouchpointServiceApi api) {
        this.api = api;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public ServicePage<Touchpoint> touchpoints(String channel, int limit, String cursor) {
        return Downstream.call(SERVICE, () -> api.touchpoints(channel, null, limit, cursor));
    }

    /** Every touchpoint linked to any of the journeys (one call per 500). */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public List<Touchpoint> linkedTo(List<String> journeyIds) {
        if (journeyIds.isEmpty()) {
            return List.of();
        }
        return Downstream.call(SERVICE, () -> {
            List<Touchpoint> all = new ArrayList<>();
            String cursor = null;
            do {
                ServicePage<Touchpoint> page = api.touchpoints(null, String.join(",", journeyIds), 500, cursor);
                all.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            return all;
        });
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public Funnel funnel(String journeyId, List<String> stages, String from, String to, String window) {
        return Downstream.call(SERVICE, () -> api.funnel(journeyId, String.join(",", stages), from, to, window));
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public List<Funnel> funnels(FunnelsRequest request) {
        return Downstream.sameSize(SERVICE, request.funnels().size(), Downstream.call(SERVICE, () -> api.funnels(request).funnels()));
    }

    @Timeout(10000)
    @Retry(maxRetries = 1, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public io.trailmap.gateway.model.DropOffs dropOffs(String journeyId, List<String> stages) {
        return Downstream.call(SERVICE, () -> api.dropOffs(journeyId, String.join(",", stages)));
    }

    /** Metrics of many touchpoints in one call, in order (null for unknown ids). */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public List<io.trailmap.gateway.model.TouchpointMetrics> metrics(MetricsRequest request) {
        return Downstream.sameSize(SERVICE, request.touchpointIds().size(), Downstream.call(SERVICE, () -> api.metrics(request).metrics()));
    }

    @Timeout(10000)
    @Retry(maxRetries = 1, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public io.trailmap.gateway.model.Attribution attribution(String journeyId, String model) {
        return Downstream.call(SERVICE, () -> api.attribution(journeyId, model));
    }

    /** Adds a journey stage to a touchpoint's links (read, append, write back with its ETag). */
    @Timeout(5000)
    public Touchpoint link(String touchpointId, String journeyId, String stageKey) {
        return Downstream.call(SERVICE, () -> {
            jakarta.ws.rs.core.Response read = api.touchpoint(PathIds.segment(touchpointId, "touchpointId"));
            if (read.getStatus() >= 400) {
                throw new jakarta.ws.rs.WebApplicationException(read);
            }
            com.fasterxml.jackson.databind.node.ObjectNode body = read.readEntity(com.fasterxml.jackson.databind.node.ObjectNode.class);
            var links = body.withArray("links");
            boolean present = false;
            for (JsonNode l : links) {
                present |= journeyId.equals(l.path("journeyId").asText()) && stageKey.equals(l.path("stageKey").asText());
            }
            if (!present) {
                links.addObject().put("journeyId", journeyId).put("stageKey", stageKey);
            }
            return api.replaceTouchpoint(touchpointId, read.getHeaderString("ETag"), body);
        });
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    /** A page of the customer's interactions ({items, nextCursor}) and, on every page, all their journeys. */
    public JsonNode timeline(String customerId, int limit, String cursor) {
        return Downstream.call(SERVICE, () -> api.timeline(PathIds.segment(customerId, "customerId"), limit, cursor));
    }

    @Timeout(5000)
    public Touchpoint create(JsonNode body) {
        return Downstream.call(SERVICE, () -> api.createTouchpoint(body));
    }

    @Timeout(30000)
    public io.trailmap.gateway.model.IngestResult ingest(JsonNode body) {
        return Downstream.call(SERVICE, () -> api.ingest(body));
    }

    /** Retried like a read: a service's erasure is repeatable (it answers the same receipt again). */
    @Timeout(10000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    public JsonNode erase(String customerId) {
        return Downstream.call(SERVICE, () -> api.erase(PathIds.segment(customerId, "customerId")));
    }
}
