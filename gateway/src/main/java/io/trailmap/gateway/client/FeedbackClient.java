package io.trailmap.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailmap.gateway.error.Downstream;
import io.trailmap.gateway.error.Guarded;
import io.trailmap.gateway.model.FeedbackSummary;
import io.trailmap.gateway.model.FollowUp;
import io.trailmap.gateway.model.ServicePage;
import jakarta.enterprise.context.ApplicationScoped;
import io.trailmap.gateway.error.UnavailableError;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/** feedback-service with timeouts, retries of reads and a circuit breaker that 4xx answers do not trip;
 * what goes wrong reaches callers as GraphQL errors with a code, UNAVAILABLE when the service cannot answer. */
@ApplicationScoped
@Guarded(FeedbackClient.SERVICE)
public class FeedbackClient {

    static final String SERVICE = "feedback-service";

    private final FeedbackServiceApi api;

    public FeedbackClient(@RestClient FeedbackServiceApi api) {
        this.api = api;
    }

    /** Summaries for many keys in one call, one per key in key order. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public List<FeedbackSummary> summaries(SummariesRequest request) {
        return Downstream.sameSize(SERVICE, request.keys().size(), Downstream.call(SERVICE, () -> api.summaries(request).get("summaries")));
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    public ServicePage<FollowUp> followUps(String status, Boolean overdue, int limit, String cursor) {
        return Downstream.call(SERVICE, () -> api.followUps(status, overdue, limit, cursor));
    }

    @Timeout(5000)
    public FollowUp updateFollowUp(String id, int version, JsonNode body) {
        return Downstream.call(SERVICE, () -> api.updateFollowUp(PathIds.segment(id, "id"), "\"" + version + "\"", body));
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = UnavailableError.class)
    /** A page of the customer's responses: {items, nextCursor}. */
    public JsonNode responsesOf(String customerId, int limit, String cursor) {
        return Downstream.call(SERVICE, () -> api.responsesOf(customerId, limit, cursor));
    }

    @Timeout(10000)
    public io.trailmap.gateway.model.FeedbackSubmission submit(JsonNode body) {
        return Downstream.call(SERVICE, () -> api.submit(body));
    }

    /** Retried like a read: a service's erasure is repeatable (it answers the same receipt again). */
    @Timeout(10000)
    @Retry(maxRetries = 2, delay = 100, retryOn = UnavailableError.class)
    public JsonNode erase(String customerId) {
        return Downstream.call(SERVICE, () -> api.erase(PathIds.segment(customerId, "customerId")));
    }
}
