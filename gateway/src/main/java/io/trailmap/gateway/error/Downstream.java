package io.trailmap.gateway.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.util.function.Supplier;

/**
 * Calls a service and turns what can go wrong into GraphQL errors with a code: its 4xx problems
 * keep their meaning (NOT_FOUND, BAD_USER_INPUT with the field errors, CONFLICT for 409/412,
 * FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED for 429); unreachable or failing services are UNAVAILABLE
 * (and slow or circuit-broken ones too, by {@link GuardedInterceptor} around the fault tolerance).
 */
public final class Downstream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Downstream() {
    }

    public static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw translate(service, e);
        } catch (ProcessingException e) {
            throw new UnavailableError(service + " is unavailable");
        }
    }

    /**
     * An answer that lists one item per item asked, in order: an answer of another length cannot be
     * matched to the fields that asked, so it is UNAVAILABLE rather than wrong data.
     */
    public static <T> java.util.List<T> sameSize(String service, int asked, java.util.List<T> answer) {
        int answered = answer == null ? 0 : answer.size();
        if (answered != asked) {
            throw new UnavailableError(service + " answered " + answered + " items for " + asked + " asked");
        }
        return answer;
    }

    static GatewayError translate(String service, WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String detail = detail(e);
        return switch (status) {
            case 400, 413, 422 -> new BadUserInputError(detail);
            // the arguments made the service's URL or headers too long (e.g. thousands of funnel stages)
            case 414, 431 -> new BadUserInputError("The arguments are too long for " + service + ": ask for fewer or shorter values");
            case 401 -> new UnauthenticatedError(detail);
            case 403 -> new ForbiddenError(detail);
            case 404 -> new NotFoundError(detail);
            case 409, 412, 428 -> new ConflictError(detail);
            case 429 -> rateLimited(service, e);
            default -> new UnavailableError(service + " failed (" + status + ")");
        };
    }

    /** A 429 with the seconds its Retry-After asks for (1 when it names none or a date). */
    private static RateLimitedError rateLimited(String service, WebApplicationException e) {
        long seconds = 1;
        String retryAfter = e.getResponse().getHeaderString("Retry-After");
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,9}")) {
            seconds = Math.max(1, Long.parseLong(retryAfter.strip()));
        }
        return new RateLimitedError("The tenant's quota at " + service + " is spent: retry after " + seconds + " s", seconds);
    }

    /** The problem's detail and field errors, e.g. "Invalid input: name: must not be blank". */
    private static String detail(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            JsonNode problem = JSON.readTree(body);
            StringBuilder text = new StringBuilder(problem.path("detail").asText(problem.path("title").asText("Request failed")));
            for (JsonNode error : problem.path("errors")) {
                String fieldError = error.path("field").asText() + ": " + error.path("message").asText();
                if (!text.toString().contains(fieldError)) {
                    text.append("; ").append(fieldError);
                }
            }
            return text.toString();
        } catch (RuntimeException | java.io.IOException ignored) {
            return "Request failed with status " + e.getResponse().getStatus();
        }
    }
}
