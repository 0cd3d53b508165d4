package io.trailmap.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.gateway.error.Downstream;
import io.trailmap.gateway.error.Guarded;
import io.trailmap.gateway.model.Journey;
import io.trailmap.gateway.model.Persona;
import io.trailmap.gateway.model.ServicePage;
import jakarta.enterprise.context.ApplicationScoped;
import io.trailmap.gateway.error.UnavailableError;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/** journey-service with timeouts, retries of reads and a circuit breaker that 4xx answers do not trip;
 * what goes wrong reaches callers as GraphQL errors with a code, UNAVAILABLE when the service cannot answer. */
@ApplicationScoped
@Guarded(JourneyClient.SERVICE)
public class JourneyClient {

    static final String SERVICE = "journey-service";

    private final JourneyServiceApi api;

    public JourneyClient(@RestClient JourneyServiceApi api) {
        this.api = api;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public ServicePage<Journey> journeys(String status, String segment, String mapType, String q, Integer limit, String cursor) {
        return Downstream.call(SERVICE, () -> api.journeys(status, segment, mapType, q, limit, cursor));
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public Journey journey(String id) {
        return Downstream.call(SERVICE, () -> api.journey(PathIds.segment(id, "id")));
    }

    /** Personas by id, one call for all of them. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public List<Persona> personas(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Downstream.call(SERVICE, () -> api.personas(String.join(",", ids), 500, null).items());
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public ServicePage<Persona> personas(int limit, String cursor) {
        return Downstream.call(SERVICE, () -> api.personas(null, limit, cursor));
    }

    @Timeout(5000)
    public Persona createPersona(JsonNode body) {
        return Downstream.call(SERVICE, () -> api.createPersona(body));
    }

    @Timeout(5000)
    public Journey create(JsonNode body) {
        return Downstream.call(SERVICE, () -> api.createJourney(body));
    }

    @Timeout(5000)
    public Journey update(String id, int version, JsonNode body) {
        return Downstream.call(SERVICE, () -> api.updateJourney(PathIds.segment(id, "id"), "\"" + version + "\"", body));
    }

    @Timeout(5000)
    public JsonNode publish(String id) {
        return Downstream.call(SERVICE, () -> api.publish(PathIds.segment(id, "id")));
    }

    @Timeout(5000)
    public Journey instantiate(String key, JsonNode body) {
        return Downstream.call(SERVICE, () -> api.instantiate(PathIds.segment(key, "key"), body));
    }
}
